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
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;目标 {1}</source>
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
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}（{2}年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>用法：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示帮助信息并退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少必需的参数：%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的参数：%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数 %(argument_name)s：%(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效的选择：%(value)r（可选：%(choices)s）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效的 %(type)s 值：%(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要一个值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多需要一个值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少需要一个值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能与参数 %s 同时使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数 %s 中必须给出一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项 %(option)s 有歧义，可能是 %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忽略了多余的参数值 %r</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>hzreader-备份-{0}.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被替换的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏（已隔离）</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>不可用：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>用 {0} 的备份（%n 条笔记）替换当前数据？
当前数据会先另存为一个备份。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个备份</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{0}（用 hzreader --help 查看用法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线阅读和批注中文政策文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录（默认：用户数据目录，或 $HZREADER_DATA_DIR）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面和命令行的语言：zh 中文（默认）或 en 英文；记在数据目录中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示版本号并退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出一个 JSON 文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在节点（或其中一段文字）上做标注和笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点键，例如 m9 或 m9.s2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档 ID（默认：内置计划）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点中要标注的那段文字（默认：整个节点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记（Markdown）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件读取笔记（- 表示标准输入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签，可重复，如 部门/发改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow red green blue purple 或 黄 红 绿 蓝 紫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出带这个标签（含其下级）的笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出这个文档的笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出标签及其使用次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标注 {0}
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有笔记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有标签）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出学习笔记（md html docx csv），或完整备份（json）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导出带这个标签（含其下级）的笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导出这个文档的笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导出这个颜色的笔记（json 备份不按颜色筛选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按章节或按标签分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并一个 json 备份（重复运行不会重复添加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据库、搜索索引和备份的完整性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用一个自动备份替换当前数据库（当前数据库先留存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份名，见 backups 命令</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条笔记到 {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>新增 {0} 条，更新 {1} 条，跳过 {2} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；新增文档 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>；%n 条待核对</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>恢复前的数据库已备份为 backups/{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一切正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 条笔记</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>不可用：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（还没有备份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已恢复 {0}（%n 条笔记）。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>恢复前的数据库留存为 backups/{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逐条比较两个版本（旧版 新版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧版文档 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新版文档 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把修订对照表写成文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出文件（与 --format 一起用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已写出修订对照表 {0}（%n 处）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>新增 {0} · 删除 {1} · 修改 {2} · 调整编号 {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>句子移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标 {0}：{1} → {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），没有改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入《{0}》作为 {1} 的新版本：ID {2}，笔记 {3} 条已随新版，{4} 条待复核（留在旧版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文档（.txt、.md、.docx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要导入的文件：.txt（UTF-8/GBK/GB18030/UTF-16）、.md 或 .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档标题（默认：从正文第一行识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字编码（默认：自动识别），例如 gbk、utf-8、utf-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文件是文档 ID 的新版本：逐条比较，笔记随新版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留全部文字：不去掉网页的导航、发布信息、页脚等框架</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），内容相同，没有重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已导入《{0}》：ID {1}，%n 个节点，编码 {2}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>提示：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：如需保留这些行，在文库中删除本文档后用 import --keep-all 重新导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出文库中的文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档结构，直到句子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一个节点的文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧版（新版 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《{0}》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他文档中与一个条款最相关的条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点键，例如 m9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节点所在文档 ID（默认：内置计划）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只在这个文档中找（默认：文库中其他所有文档）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多几条（默认 {0}，0 = 全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对照表：A 的每个编号条款及其在 B 中的对应条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档 A 的 ID（逐条列出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档 B 的 ID（在其中找对应条款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写成文件的格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到相关条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已写出对照表 {0}（%n 条）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>《{0}》 ↔ 《{1}》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无对应条款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全文搜索正文和笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询，如 人才、住房 -租赁、tag:部门/发改、&quot;共同富裕&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只搜索这个文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多几条（0 = 全部；默认 20）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从数据库重建搜索索引</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 处</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已重建搜索索引：%n 个文档，{0} 秒</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>文档中的量化指标（指标台账）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时列出指标 id、所在章节、实际值和进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为一个指标记录实际值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标 id，例如 g4.s3~1a2b3c4d（见 targets --ledger）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值（数字，单位同指标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值所属日期 YYYY-MM-DD（默认：今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除一条实际值记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录 id（见 targets --ledger）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出指标台账（CSV、Markdown 或 Word）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条</source>
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
        <source>{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项指标</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>（没有找到量化指标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录 #{0}：{1} {2} {3}（{4}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除 #{0}（{1} {2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 项指标到 {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>已导出 %n 条笔记</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已把 %n 条笔记备份到 {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；新增文档 %n 个</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；%n 条原文有变动，待核对</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已恢复 {0}（%n 条笔记）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；恢复前的数据另存为 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>内部错误（{0}），详情已记入 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取笔记文件 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记文件不是 UTF-8 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format 和 -o 要一起给出（或都不给，直接输出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit 不能是负数（0 表示全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知颜色“{0}”，可用：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签太长（最多 {0} 个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记太长（最多 {0} 百万字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记中含有无法保存的空字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置文件中找不到以“附:”开头的计划正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘已满，无法写入 {0}（{1}）。请腾出空间后重试，原文件未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有权限写入 {0}（{1}）。目标位置只读或受保护，请换一个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹 {0} 不存在，请先创建或换一个位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 是一个文件夹，请给出文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值必须是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值必须是数字：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际值必须是有限的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这个日期：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 是一个文件夹，请给出备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到备份文件 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取备份文件 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {0}：{1}（请检查文件夹和磁盘空间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的格式 {0}（可选：{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持旧版 Word 文件（.doc）：{0}。请在 Word/WPS 中另存为 .docx 再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的文件类型“{0}”：{1}。只能导入 .txt、.md 和 .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 不是一个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件太大：{0} 有 {1:.1f} MB，最多只能导入 {2} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 是空文件（没有文字），没有可导入的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的文字编码：{0}（可用例如 {1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法用 {0} 解码 {1}（第 {2} 字节处出错），请换一种编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 不是文本文件（含有二进制内容），无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别 {0} 的文字编码，请指定编码（例如 gbk、utf-8 或 utf-16）再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取 Word 文档 {0}：文件已损坏或不是 .docx 格式（可在 Word/WPS 中打开后另存为 .docx 再导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这条笔记：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选区超出了这个节点的文字范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个节点中没有“{0}”这段文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有标签“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前须先备份当前数据库，但没有成功：{0}。没有恢复，数据未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名为 {0} 的备份（用 backups 命令查看备份列表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份 {0} 已损坏，不能恢复：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 窗口（进程 {0}）正在使用这个数据目录，请先关闭窗口再恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复失败：{0}。原数据库未改动，另有副本 backups/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复失败：{0}。原数据库未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法先留存当前数据库：{0}，未做恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能把一个文档和它自己比较：请给出两个不同的文档（旧版 新版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这个文档：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的格式“{0}”，可用：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《{0}》已有新版本（ID {1}），请把新文件作为那个版本的新版本导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 不像是《{1}》的新版本（只有 {2:.0%} 的内容对得上），没有导入；要作为独立文档导入，请去掉 --version-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文本已在文库中，没有重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 不是作为新版本导入的文档，无法撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 之后还导入了新版本 {1}，请先撤销那一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条笔记不在旧版本上，无需复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可放置的位置：请给出新版本中的节点键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的分组方式“{0}”，可用：按章节 chapter、按标签 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的导出格式“{0}”，可用：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），内容相同，没有重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题太长（{0} 字），最多 {1} 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 中没有可导入的正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置文档不能改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置文档不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法为文档分配 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {0} 已损坏（{1}），且无法移到备份文件夹：{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。没有找到完好的备份；再次运行 hzreader 将建立一个新的空数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。最新的完好备份是 {2}（{3}，%n 条笔记）。恢复它：hzreader restore-backup {2}（数据目录与这次相同）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>没有这个文档：{0}（用 docs 命令查看文档列表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 中没有节点 {1}（用 outline 命令查看所有节点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建数据目录 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录 {0} 不是一个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录不可写：{0}。请检查磁盘空间或权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit 不能是负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in 给出的是同一个文档：请换一个文档对照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对照的两个文档是同一个：请给出两个不同的文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}太长（最多 {1} 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 中没有指标 {1}（用 targets --json 查看指标 id）</source>
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
        <source>没有这条实际值记录：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可备份的数据库 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份副本未通过完整性检查（{0}），已删除该副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘已满或写入出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法备份数据库（{0}：{1}），请检查磁盘空间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入备份文件夹 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 不是 hzreader 的数据库，请换一个数据目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {0} 已损坏或不可读：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据库来自更新版本的 hzreader（架构 {0}），请先升级 hzreader 再打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库升级到架构 {0} 会留下 {1} 条断开的引用，已撤销升级，数据未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次的修改没有保存，已有数据未受影响</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘已满，无法保存。{0}。请腾出磁盘空间后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存：数据目录或数据库文件是只读的（{0}）。{1}。请检查权限，或用 --data-dir 指定一个可写的目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入数据库时磁盘出错（{0}），可能是磁盘已满或损坏。{1}。请检查磁盘空间后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库正被另一个 hzreader 进程占用，请稍后再试（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏（{0}）。请运行 hzreader check，并按提示从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据目录中的数据库：目录或文件是只读的（{0}）。hzreader 需要在数据目录中写入；数据没有改动。请检查权限，或用 --data-dir 指定一个可写的目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据库时磁盘出错（{0}），可能是磁盘已满。数据没有改动。请腾出磁盘空间后重试</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word 文档（.docx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网页（.html，可打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown（.md）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格（.csv，Excel 可打开）</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>{0}（{1}）</source>
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
        <source>学习笔记.docx</source>
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
    <message numerus="yes">
        <source>将导出 %n 条笔记</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条笔记到 {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>UTF-8（带 BOM）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 章/部分</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 部分</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 节</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条目</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 小项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 目标段</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 列项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 标题</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 序言段</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 段落</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 句</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>第{0}层：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 句</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>纯文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 字节</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
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
    <name>LanguageMenu</name>
    <message>
        <source>语言 / Language(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言；文档、引文和笔记保持原文</source>
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
    <message numerus="yes">
        <source>它的 %n 条笔记将移到回收站，可以从回收站恢复。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>从文库中删除《{0}》？
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已删除《{0}》，%n 条笔记已移到回收站</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>这个文档没有笔记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除文档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 章节</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条目</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 句</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条笔记 · {0} 导入</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源文件：{0}</source>
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
        <source>无法保存阅读状态：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文档中没有这一节：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制，附引文：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中要复制的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号 {0}（{1}%）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>文字编码是推测的（{0}），请核对预览中的文字是否正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空回收站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名标签 {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并标签到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除标签 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签颜色 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入新版本《{0}》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有识别出标题，暂用文件名“{0}”，可在导入前修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有识别出章节或编号条目，全文将作为段落导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已去掉 %n 行网页框架（导航、发布信息、版权等），预览中逐行列出了去掉的内容和原因</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>内容与文库中的《{0}》（ID {1}）相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文库中的这份文档导入时保留了网页框架，这次没有改动它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文库中的这份文档导入时去掉了网页框架，这次没有改动它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库完整性检查未通过：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表 {0} 第 {1} 行指向 {2} 中不存在的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记 {0} 的原文已变动（{1} {2}），待核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记 {0} 所在的节点 {1} {2} 不存在，且未标为待核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups/{0} 是之前隔离的损坏数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份 {0} 无法读取：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法检查搜索索引：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引已损坏，请运行 hzreader reindex 重建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引不存在，下次搜索时会自动重建（或运行 reindex）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引与数据库不一致，下次搜索时会自动重建（或运行 reindex）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引状态未知：{0}</source>
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
    <name>NoteColor</name>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>蓝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>疑问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引用</source>
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
        <source>{0}&#x3000;（原文已变动，这条笔记需要复核）</source>
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
    <message>
        <source>{0}（Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}（Ctrl+Shift+Z）</source>
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
    <message numerus="yes">
        <source>已移到回收站：%n 条（Ctrl+Z 撤销）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>已恢复 %n 条笔记（Ctrl+Z 撤销）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>共 %n 条笔记</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>当前文档中没有找到“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：当前文档中共 %n 条结果，显示前 {1} 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：共 %n 条结果，显示前 {1} 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：当前文档中共 %n 条结果</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：共 %n 条结果</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>本文档中没有这一节：{0}</source>
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
    <name>SearchResultDelegate</name>
    <message>
        <source>笔记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔记：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>重命名标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”的新名称（与已有标签同名则合并；用 / 分级）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所有笔记上去掉标签 {0}？笔记本身不会删除，可以撤销。</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>本文档中没有这一句：{0}</source>
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
        <source>第{0}条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>偏差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超出 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>偏差 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>（共 %n 条记录）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>不低于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不高于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>左右</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>{0} {1}</source>
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
    <message numerus="yes">
        <source>%n 项指标</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} / %n 项指标</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>删除所选的 %n 条实际值记录？此操作不能撤销。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 项指标到 {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>导出指标台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标台账.{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出指标台账…</source>
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
    <message numerus="yes">
        <source>回收站中有 %n 条笔记；恢复后回到原处。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>永久删除回收站中的 %n 条笔记？
关闭程序后将无法撤销。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空回收站</source>
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
    <name>errors</name>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。
已保存的笔记和阅读位置不受影响。
详情已记入日志：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。
已保存的笔记和阅读位置不受影响。
详情已记入日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出错了</source>
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
<context>
    <name>recovery</name>
    <message>
        <source>时间不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏，已原样移到 backups/{0}（没有删除）。

最新的完好备份是 {1} 的，含 {2} 条笔记。现在恢复它吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>（进程 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据目录已经在另一个 hzreader 窗口中打开{0}，但它没有响应。
请切换到那个窗口；如果它已卡住，请先关闭它再打开 hzreader。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
