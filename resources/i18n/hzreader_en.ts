<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 hzreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>便携模式：数据在程序旁的 hzreader-data 文件夹里，随程序一起复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常规模式：数据在用户数据目录（或启动时指定的数据目录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打包程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从源代码运行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线阅读、批注政策规划文本的工具（{0}，Qt {1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（尚未打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制诊断信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把版本、数据库和索引大小、日志最后 50 行复制到剪贴板，发给帮忙的同事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诊断信息已复制，可以粘贴到邮件或聊天里</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <source>记录实际值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 5.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 区统计局 2024 年统计公报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值(&amp;V)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录实际值…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧选择一项指标，查看原文和历次实际值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击：在正文中定位；双击：记录实际值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{0}年）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>恢复自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 在数据有变动后启动时、升级和恢复之前，会自动备份数据库。恢复时，当前数据会先另存为一个备份，不会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不可用：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 个备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 {0} 的备份（{1} 条笔记）替换当前数据？
当前数据会先另存为一个备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockFrames</name>
    <message>
        <source>文库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文库(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开或关闭文库：导入的全部文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开或关闭标签树</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开或关闭笔记列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索结果(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开或关闭搜索结果面板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标台账(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开或关闭指标台账：量化指标、实际值和进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurabilityController</name>
    <message>
        <source>导出笔记(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把笔记导出为 Word、网页、Markdown 或表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出备份文件(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把全部笔记、标签和导入的文档存为一个备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份文件恢复(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并另一台电脑的备份文件：重复的不会再加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复自动备份(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用一个自动备份替换当前数据（当前数据先另存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文库已在别处更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {0} 条笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 备份 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已把 {0} 条笔记备份到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份文件恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 备份 (*.json);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把 {0} 中的笔记合并到当前数据？
已有的笔记保留较新的修改，重复的不会再加；恢复前会自动备份当前数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查并合并备份文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 {0} 条，更新 {1} 条，跳过 {2} 条（已有且不旧）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；新增文档 {0} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；{0} 条原文有变动，待核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复 {0}（{1} 条笔记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；恢复前的数据另存为 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出学习笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按章节（计划顺序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将导出 {0} 条笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {0} 条笔记到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>在本文档中查找：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一处（Shift+F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一处（F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭查找栏（Esc）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在本文档中查找(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在当前文档中逐字查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一处(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳到下一处标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一处(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳到上一处标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除搜索标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去掉正文中的搜索标记，关闭查找栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以跳转的搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {0}/{1} 处</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入文档 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开已有文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字编码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>识别结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取和识别文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：{0}（{1}，{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档（无需选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}（识别结果）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在按 {0} 重新读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerExportJob</name>
    <message>
        <source>导出失败（{0}），详情已记入日志</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>文库尚未就绪，请稍候再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先完成或取消正在进行的导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策文件 (*.txt *.md *.markdown *.docx);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入《{0}》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入没有完成，文库没有改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新标题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已改名为《{0}》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>它的 {0} 条笔记将移到回收站，可以从回收站恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文档没有笔记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文库中删除《{0}》？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除《{0}》，{1} 条笔记已移到回收站</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置文档不能改名或删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文档(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提纲(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 文档 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工具栏(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存阅读状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文档中没有这一节：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中要复制的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制，附引文：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号 {0}（{1}%）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCardDelegate</name>
    <message>
        <source>【需复核】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无笔记）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在这里写笔记，支持 Markdown：**加粗**、*斜体*、- 列表、[链接](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除到回收站(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记（Markdown）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;（原文已变动，这条笔记需要复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存笔记？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条笔记有未保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditors</name>
    <message>
        <source>笔记已保存（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>添加笔记(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的文字写一条笔记（Markdown）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为这一节添加笔记(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理标签(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名、合并、删除标签，设置颜色的含义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回收站(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复删除的笔记，或清空回收站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高亮(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高亮：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的文字标为{0}色（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>请先在正文中选中要标注的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标注：{0}（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已移到回收站：{0} 条（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文中找不到这条笔记的位置，请复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重做：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDialogs</name>
    <message>
        <source>标签“{0}”已改为“{1}”（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已合并到标签“{0}”（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除标签 {0}（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色的含义已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复 {0} 条笔记（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回收站已清空</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>{0}
标签：{1}
创建 {2}&#x3000;修改 {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>筛选：引文或笔记中的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按原文位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按创建时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按修改时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看原文变动后需要复核的笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑笔记(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳到原文(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除到回收站(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文档：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 条笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需复核 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>提纲</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>标签颜色</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>重命名标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”的新名称（与已有标签同名则合并；用 / 分级）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>删除标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所有笔记上去掉标签 {0}？笔记本身不会删除，可以撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>（预览只显示笔记的开头部分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在浏览器中打开这个网址？
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>搜索全文和笔记（Ctrl+Shift+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空格分开的词都要出现；OR 任一；-词 排除；“短语”；tag:标签  color:颜色  in:notes  doc:文档  measure:9  chapter:三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（还没有搜索过）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>建立搜索索引 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索全文(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在全部文档的正文和笔记中搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在上方搜索框中输入要找的字词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在搜索“{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”：共 {1} 条结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，显示前 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（当前文档）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索没有完成（详情已记入日志）。请换个说法再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立搜索索引（只在第一次或文库变化后）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文档中没有这一节：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>在上方搜索框中输入要找的字词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>笔记：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>管理标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色的含义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颜色(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去掉颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存颜色含义(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中两个或更多标签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并到：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>标签，用逗号或空格分开，如 部门/发改, 住房</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部笔记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>重命名标签(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签颜色(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除标签(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理标签(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsController</name>
    <message>
        <source>本文档中没有这一句：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新实际值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新实际值对照目标：
≥、＝：实际值 ÷ 目标值，达到目标即达标；
≤：不超过目标即达标，否则显示超出多少；
≈（左右）：与目标偏差在 ±10% 以内即达标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（共 {0} 条记录）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>按章筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按单位筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按比较方式筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按进度筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选指标或原文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录实际值(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选记录(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部章节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 项指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} 项指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选的 {0} 条实际值记录？此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出指标台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {0} 项指标到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>回收站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空回收站(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回收站中有 {0} 条笔记；恢复后回到原处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空回收站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>永久删除回收站中的 {0} 条笔记？
关闭程序后将无法撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制并附引文(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制选中的文字，并在下一行附上它的出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原始大小(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 hzreader(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文档(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把 .txt、.md 或 .docx 文件加入文库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>hzreader（便携模式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 已在运行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
