<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 hzreader</source>
        <translation>About hzreader</translation>
    </message>
    <message>
        <source>便携模式：数据在程序旁的 hzreader-data 文件夹里，随程序一起复制</source>
        <translation>Portable mode: the data is in the hzreader-data folder beside the program and travels with it when you copy it</translation>
    </message>
    <message>
        <source>常规模式：数据在用户数据目录（或启动时指定的数据目录）</source>
        <translation>Standard mode: the data is in your user data folder (or the data folder given at start)</translation>
    </message>
    <message>
        <source>打包程序</source>
        <translation>packaged program</translation>
    </message>
    <message>
        <source>从源代码运行</source>
        <translation>running from source</translation>
    </message>
    <message>
        <source>hzreader {0}</source>
        <translation>hzreader {0}</translation>
    </message>
    <message>
        <source>离线阅读、批注政策规划文本的工具（{0}，Qt {1}）。</source>
        <translation>An offline reader and annotator for policy plans ({0}, Qt {1}).</translation>
    </message>
    <message>
        <source>数据目录：{0}</source>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>（尚未打开）</source>
        <translation>(not opened yet)</translation>
    </message>
    <message>
        <source>复制诊断信息</source>
        <translation>Copy Diagnostics</translation>
    </message>
    <message>
        <source>把版本、数据库和索引大小、日志最后 50 行复制到剪贴板，发给帮忙的同事</source>
        <translation>Copy the versions, the database and index sizes and the last 50 lines of the log to the clipboard, to send to a colleague who helps</translation>
    </message>
    <message>
        <source>诊断信息已复制，可以粘贴到邮件或聊天里</source>
        <translation>Diagnostics copied: paste them into an email or a chat</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <source>记录实际值</source>
        <translation>Record Actual Value</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;目标 {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;emsp;target {1}</translation>
    </message>
    <message>
        <source>例如 5.3</source>
        <translation>e.g. 5.3</translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>例如 区统计局 2024 年统计公报</source>
        <translation>e.g. District Statistics Bureau, 2024 statistical bulletin</translation>
    </message>
    <message>
        <source>备注（可选）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>实际值(&amp;V)：</source>
        <translation>Actual &amp;value:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>来源(&amp;S)：</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>实际值</source>
        <translation>Actual Value</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>记录实际值…</source>
        <translation>Record Actual Value…</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>Delete Record</translation>
    </message>
    <message>
        <source>在左侧选择一项指标，查看原文和历次实际值。</source>
        <translation>Choose a target on the left to see its text and the actual values recorded.</translation>
    </message>
    <message>
        <source>单击：在正文中定位；双击：记录实际值。</source>
        <translation>Click: show it in the text. Double-click: record an actual value.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}（{2}年）</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;emsp;{1} (by {2})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;emsp;{1}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>位置参数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>options</translation>
    </message>
    <message>
        <source>显示帮助信息并退出</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>缺少必需的参数：%s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>无法识别的参数：%s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>参数 %(argument_name)s：%(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>无效的选择：%(value)r（可选：%(choices)s）</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>无效的 %(type)s 值：%(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>需要一个值</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>最多需要一个值</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>至少需要一个值</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>不能与参数 %s 同时使用</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>参数 %s 中必须给出一个</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>选项 %(option)s 有歧义，可能是 %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>忽略了多余的参数值 %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>hzreader-备份-{0}.json</source>
        <translation>hzreader-backup-{0}.json</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>自动备份</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>被替换的数据</source>
        <translation>Replaced data</translation>
    </message>
    <message>
        <source>损坏（已隔离）</source>
        <translation>Damaged (set aside)</translation>
    </message>
    <message>
        <source>恢复自动备份</source>
        <translation>Restore Automatic Backup</translation>
    </message>
    <message>
        <source>hzreader 在数据有变动后启动时、升级和恢复之前，会自动备份数据库。恢复时，当前数据会先另存为一个备份，不会丢失。</source>
        <translation>hzreader backs up the database by itself when it starts after the data has changed, and before an upgrade or a restore. When you restore, the current data is first saved as another backup, so nothing is lost.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore Selected Backup…</translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>不可用：{0}</source>
        <translation>Unusable: {0}</translation>
    </message>
    <message numerus="yes">
        <source>用 {0} 的备份（%n 条笔记）替换当前数据？
当前数据会先另存为一个备份。</source>
        <translation>
            <numerusform>Replace the current data with the backup of {0} (%n note)?
The current data is first saved as a backup.</numerusform>
            <numerusform>Replace the current data with the backup of {0} (%n notes)?
The current data is first saved as a backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>No backups yet</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个备份</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BookmarksController</name>
    <message>
        <source>后退(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>回到跳转之前的位置</source>
        <translation>Return to where the last jump left</translation>
    </message>
    <message>
        <source>前进(&amp;F)</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>再到后退之前的位置</source>
        <translation>Go again where going back left</translation>
    </message>
    <message>
        <source>给当前条款加书签(&amp;D)</source>
        <translation>Boo&amp;kmark This Clause</translation>
    </message>
    <message>
        <source>给光标处（或视图顶端）的条款加书签</source>
        <translation>Bookmark the clause at the cursor (or at the top of the view)</translation>
    </message>
    <message>
        <source>书签列表(&amp;L)</source>
        <translation>Bookmark &amp;List</translation>
    </message>
    <message>
        <source>到提纲栏下方的书签列表</source>
        <translation>Go to the bookmarks below the outline</translation>
    </message>
    <message>
        <source>清除本文档的阅读记录(&amp;C)…</source>
        <translation>&amp;Clear Reading Record of This Document…</translation>
    </message>
    <message>
        <source>忘记本文档哪些条款已读（可撤销）</source>
        <translation>Forget which clauses of this document were read (can be undone)</translation>
    </message>
    <message>
        <source>这一条已有书签：{0}</source>
        <translation>This clause has a bookmark already: {0}</translation>
    </message>
    <message>
        <source>已加书签：{0}</source>
        <translation>Bookmarked: {0}</translation>
    </message>
    <message>
        <source>重命名书签</source>
        <translation>Rename Bookmark</translation>
    </message>
    <message>
        <source>书签名称（留空则显示引文）：</source>
        <translation>Bookmark name (empty shows the citation):</translation>
    </message>
    <message>
        <source>已删除书签（Ctrl+Z 撤销）</source>
        <translation>Bookmark deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>（原文中已找不到的条款）</source>
        <translation>(a clause no longer in the text)</translation>
    </message>
    <message>
        <source>已读 {0}%  ·  {1}/{2} 条</source>
        <translation>Read {0}%  ·  {1}/{2}</translation>
    </message>
    <message>
        <source>本文档 {0} 条中已读 {1} 条，已批注 {2} 条</source>
        <translation>{1} of the {0} clauses of this document read, {2} annotated</translation>
    </message>
    <message>
        <source>清除阅读记录</source>
        <translation>Clear Reading Record</translation>
    </message>
    <message>
        <source>清除《{0}》的阅读记录？已读的标记将被清除，笔记不受影响。可用 Ctrl+Z 撤销。</source>
        <translation>Clear the reading record of “{0}”? The read marks are cleared; notes are not touched. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>已清除 {0} 条阅读记录（Ctrl+Z 撤销）</source>
        <translation>Cleared {0} read clauses (Ctrl+Z to undo)</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>书签</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>按 Ctrl+D 给当前条款加书签</source>
        <translation>Press Ctrl+D to bookmark the current clause</translation>
    </message>
    <message>
        <source>跳到书签(&amp;J)</source>
        <translation>&amp;Jump to Bookmark</translation>
    </message>
    <message>
        <source>重命名书签(&amp;R)…</source>
        <translation>&amp;Rename Bookmark…</translation>
    </message>
    <message>
        <source>删除书签(&amp;D)</source>
        <translation>&amp;Delete Bookmark</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{0}（用 hzreader --help 查看用法）</source>
        <translation>{0} (see hzreader --help)</translation>
    </message>
    <message>
        <source>离线阅读和批注中文政策文件</source>
        <translation>Read and annotate Chinese policy documents offline</translation>
    </message>
    <message>
        <source>数据目录（默认：用户数据目录，或 $HZREADER_DATA_DIR）</source>
        <translation>the data folder (default: the user data folder, or $HZREADER_DATA_DIR)</translation>
    </message>
    <message>
        <source>界面和命令行的语言：zh 中文（默认）或 en 英文；记在数据目录中</source>
        <translation>the language of the window and the command line: zh Chinese (the default) or en English; remembered in the data folder</translation>
    </message>
    <message>
        <source>显示版本号并退出</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>参数 {0} 不是可用的文件名（含有空字符或无法编码的字符）</source>
        <translation>argument {0} is not a usable file name (it holds a null character or characters that cannot be encoded)</translation>
    </message>
    <message>
        <source>参数 {0} 含有无法识别的字符（不是 UTF-8 编码的文字），请检查终端的文字编码设置</source>
        <translation>argument {0} holds characters that cannot be read (not UTF-8 text); check the terminal&apos;s text encoding</translation>
    </message>
    <message>
        <source>输出一个 JSON 文档</source>
        <translation>print one JSON document</translation>
    </message>
    <message>
        <source>在节点（或其中一段文字）上做标注和笔记</source>
        <translation>highlight a node (or words in it) and add a note</translation>
    </message>
    <message>
        <source>节点键，例如 m9 或 m9.s2</source>
        <translation>a node key, e.g. m9 or m9.s2</translation>
    </message>
    <message>
        <source>文档 ID（默认：内置计划）</source>
        <translation>a document ID (default: the bundled plan)</translation>
    </message>
    <message>
        <source>节点中要标注的那段文字（默认：整个节点）</source>
        <translation>the words in the node to highlight (default: the whole node)</translation>
    </message>
    <message>
        <source>笔记（Markdown）</source>
        <translation>the note (Markdown)</translation>
    </message>
    <message>
        <source>从文件读取笔记（- 表示标准输入）</source>
        <translation>read the note from a file (- for standard input)</translation>
    </message>
    <message>
        <source>标签，可重复，如 部门/发改</source>
        <translation>a tag, may be repeated, e.g. departments/planning</translation>
    </message>
    <message>
        <source>yellow red green blue purple 或 黄 红 绿 蓝 紫</source>
        <translation>yellow, red, green, blue or purple (the Chinese names work too)</translation>
    </message>
    <message>
        <source>列出笔记</source>
        <translation>list the notes</translation>
    </message>
    <message>
        <source>只列出带这个标签（含其下级）的笔记</source>
        <translation>only the notes with this tag (or a tag below it)</translation>
    </message>
    <message>
        <source>只列出这个文档的笔记</source>
        <translation>only the notes of this document</translation>
    </message>
    <message>
        <source>列出标签及其使用次数</source>
        <translation>list the tags and how often each is used</translation>
    </message>
    <message>
        <source>已标注 {0}
{1}</source>
        <translation>Highlighted {0}
{1}</translation>
    </message>
    <message>
        <source>（没有笔记）</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <source>（没有标签）</source>
        <translation>(no tags)</translation>
    </message>
    <message>
        <source>导出格式</source>
        <translation>the export format</translation>
    </message>
    <message>
        <source>输出文件</source>
        <translation>the output file</translation>
    </message>
    <message>
        <source>只导出带这个标签（含其下级）的笔记</source>
        <translation>only the notes with this tag (or a tag below it)</translation>
    </message>
    <message>
        <source>只导出这个文档的笔记</source>
        <translation>only the notes of this document</translation>
    </message>
    <message>
        <source>只导出这个颜色的笔记（json 备份不按颜色筛选）</source>
        <translation>only the notes of this color (a json backup ignores it)</translation>
    </message>
    <message>
        <source>按章节或按标签分组</source>
        <translation>group by chapter or by tag</translation>
    </message>
    <message>
        <source>导出学习笔记（md html docx csv xlsx）、W3C 批注（jsonld），或完整备份（json）</source>
        <translation>export study notes (md html docx csv xlsx), W3C annotations (jsonld), or a full backup (json)</translation>
    </message>
    <message>
        <source>合并一个 json 备份或 W3C 批注文件（重复运行不会重复添加）</source>
        <translation>merge a json backup or a W3C annotation file (running it again adds nothing twice)</translation>
    </message>
    <message>
        <source>备份文件，或 W3C Web Annotation 文件（.jsonld / .json）</source>
        <translation>backup file, or W3C Web Annotation file (.jsonld / .json)</translation>
    </message>
    <message>
        <source>检查数据库、搜索索引和备份的完整性</source>
        <translation>check the database, the search index and the backups</translation>
    </message>
    <message>
        <source>列出自动备份</source>
        <translation>list the automatic backups</translation>
    </message>
    <message>
        <source>用一个自动备份替换当前数据库（当前数据库先留存）</source>
        <translation>replace the database with an automatic backup (the current one is kept aside first)</translation>
    </message>
    <message>
        <source>备份名，见 backups 命令</source>
        <translation>the backup&apos;s name, from the backups command</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条笔记到 {0}</source>
        <translation>
            <numerusform>Exported %n note to {0}</numerusform>
            <numerusform>Exported %n notes to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>新增 {0} 条，更新 {1} 条，跳过 {2} 条</source>
        <translation>Added: {0}, updated: {1}, skipped: {2}</translation>
    </message>
    <message>
        <source>；新增文档 {0}</source>
        <translation>; new documents: {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>；%n 条待核对</source>
        <translation>
            <numerusform>; %n to review</numerusform>
            <numerusform>; %n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>；任务新增 {0} 项，更新 {1} 项</source>
        <translation>; tasks: {0} added, {1} updated</translation>
    </message>
    <message>
        <source>恢复前的数据库已备份为 backups/{0}</source>
        <translation>The database before the restore was backed up as backups/{0}</translation>
    </message>
    <message>
        <source>一切正常</source>
        <translation>All is well</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>信息</source>
        <translation>info</translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n 条笔记</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>不可用：{0}</source>
        <translation>unusable: {0}</translation>
    </message>
    <message>
        <source>（还没有备份）</source>
        <translation>(no backups yet)</translation>
    </message>
    <message numerus="yes">
        <source>已恢复 {0}（%n 条笔记）。</source>
        <translation>
            <numerusform>Restored {0} (%n note).</numerusform>
            <numerusform>Restored {0} (%n notes).</numerusform>
        </translation>
    </message>
    <message>
        <source>恢复前的数据库留存为 backups/{0}</source>
        <translation> The database before the restore is kept as backups/{0}</translation>
    </message>
    <message>
        <source>调整编号</source>
        <translation>renumbered</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>逐条比较两个版本（旧版 新版）</source>
        <translation>compare two editions clause by clause (OLD NEW)</translation>
    </message>
    <message>
        <source>旧版文档 ID</source>
        <translation>the old edition&apos;s document ID</translation>
    </message>
    <message>
        <source>新版文档 ID</source>
        <translation>the new edition&apos;s document ID</translation>
    </message>
    <message>
        <source>把修订对照表写成文件</source>
        <translation>write the revision table to a file</translation>
    </message>
    <message>
        <source>输出文件（与 --format 一起用）</source>
        <translation>the output file (with --format)</translation>
    </message>
    <message numerus="yes">
        <source>已写出修订对照表 {0}（%n 处）</source>
        <translation>
            <numerusform>Wrote the revision table {0} (%n change)</numerusform>
            <numerusform>Wrote the revision table {0} (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>新增 {0} · 删除 {1} · 修改 {2} · 调整编号 {3}</source>
        <translation>added {0} · removed {1} · changed {2} · renumbered {3}</translation>
    </message>
    <message>
        <source>句子移动</source>
        <translation>sentence moved</translation>
    </message>
    <message>
        <source>指标 {0}：{1} → {2}{3}</source>
        <translation>target {0}: {1} → {2}{3}</translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），没有改动</source>
        <translation>“{0}” is already in the library (ID {1}); nothing changed</translation>
    </message>
    <message>
        <source>已导入《{0}》作为 {1} 的新版本：ID {2}，笔记 {3} 条已随新版，{4} 条待复核（留在旧版）</source>
        <translation>Imported “{0}” as the new edition of {1}: ID {2}; notes carried over: {3}; to review (left on the old edition): {4}</translation>
    </message>
    <message>
        <source>导入文档（.txt、.md、.docx）</source>
        <translation>import a document (.txt, .md, .docx)</translation>
    </message>
    <message>
        <source>要导入的文件：.txt（UTF-8/GBK/GB18030/UTF-16）、.md 或 .docx</source>
        <translation>the file to import: .txt (UTF-8/GBK/GB18030/UTF-16), .md or .docx</translation>
    </message>
    <message>
        <source>文档标题（默认：从正文第一行识别）</source>
        <translation>the document&apos;s title (default: recognized from the first lines)</translation>
    </message>
    <message>
        <source>文字编码（默认：自动识别），例如 gbk、utf-8、utf-16</source>
        <translation>the text encoding (default: detected), e.g. gbk, utf-8, utf-16</translation>
    </message>
    <message>
        <source>这个文件是文档 ID 的新版本：逐条比较，笔记随新版</source>
        <translation>the file is a new edition of document ID: compared clause by clause, the notes carried over</translation>
    </message>
    <message>
        <source>保留全部文字：不去掉网页的导航、发布信息、页脚等框架</source>
        <translation>keep all the text: do not remove a web page&apos;s navigation, publication details, footer and other chrome</translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），内容相同，没有重复导入</source>
        <translation>“{0}” is already in the library (ID {1}) with the same text; it was not imported again</translation>
    </message>
    <message numerus="yes">
        <source>已导入《{0}》：ID {1}，%n 个节点，编码 {2}</source>
        <translation>
            <numerusform>Imported “{0}”: ID {1}, %n node, encoding {2}</numerusform>
            <numerusform>Imported “{0}”: ID {1}, %n nodes, encoding {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>提示：{0}</source>
        <translation>note: {0}</translation>
    </message>
    <message>
        <source>提示：如需保留这些行，在文库中删除本文档后用 import --keep-all 重新导入</source>
        <translation>note: to keep these lines, delete this document from the library and import it again with import --keep-all</translation>
    </message>
    <message>
        <source>列出文库中的文档</source>
        <translation>list the documents in the library</translation>
    </message>
    <message>
        <source>文档结构，直到句子</source>
        <translation>a document&apos;s structure, down to sentences</translation>
    </message>
    <message>
        <source>一个节点的文本</source>
        <translation>the text of one node</translation>
    </message>
    <message>
        <source>旧版（新版 {0}）</source>
        <translation>old edition (new edition: {0})</translation>
    </message>
    <message>
        <source>《{0}》</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>其他文档中与一个条款最相关的条款</source>
        <translation>the clauses of other documents most related to a clause</translation>
    </message>
    <message>
        <source>节点键，例如 m9</source>
        <translation>a node key, e.g. m9</translation>
    </message>
    <message>
        <source>节点所在文档 ID（默认：内置计划）</source>
        <translation>the node&apos;s document ID (default: the bundled plan)</translation>
    </message>
    <message>
        <source>只在这个文档中找（默认：文库中其他所有文档）</source>
        <translation>look only in this document (default: every other document in the library)</translation>
    </message>
    <message>
        <source>最多几条（默认 {0}，0 = 全部）</source>
        <translation>at most this many (default {0}; 0 = all)</translation>
    </message>
    <message>
        <source>对照表：A 的每个编号条款及其在 B 中的对应条款</source>
        <translation>the alignment table: every numbered clause of A with its counterparts in B</translation>
    </message>
    <message>
        <source>文档 A 的 ID（逐条列出）</source>
        <translation>document A&apos;s ID (listed clause by clause)</translation>
    </message>
    <message>
        <source>文档 B 的 ID（在其中找对应条款）</source>
        <translation>document B&apos;s ID (where the counterparts are looked for)</translation>
    </message>
    <message>
        <source>写成文件的格式</source>
        <translation>the format of the file to write</translation>
    </message>
    <message>
        <source>没有找到相关条款</source>
        <translation>No related clauses found</translation>
    </message>
    <message numerus="yes">
        <source>已写出对照表 {0}（%n 条）</source>
        <translation>
            <numerusform>Wrote the alignment table {0} (%n row)</numerusform>
            <numerusform>Wrote the alignment table {0} (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>《{0}》 ↔ 《{1}》</source>
        <translation>“{0}” ↔ “{1}”</translation>
    </message>
    <message>
        <source>（无对应条款）</source>
        <translation>(no counterpart)</translation>
    </message>
    <message>
        <source>全文搜索正文和笔记</source>
        <translation>search the text and the notes</translation>
    </message>
    <message>
        <source>查询，如 人才、住房 -租赁、tag:部门/发改、&quot;共同富裕&quot;</source>
        <translation>the query, e.g. two words, a word -another, tag:departments/planning, &quot;an exact phrase&quot;</translation>
    </message>
    <message>
        <source>只搜索这个文档</source>
        <translation>search only this document</translation>
    </message>
    <message>
        <source>最多几条（0 = 全部；默认 20）</source>
        <translation>at most this many hits (0 = all; default 20)</translation>
    </message>
    <message>
        <source>从数据库重建搜索索引</source>
        <translation>rebuild the search index from the database</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 处</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>note</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>text</translation>
    </message>
    <message numerus="yes">
        <source>已重建搜索索引：%n 个文档，{0} 秒</source>
        <translation>
            <numerusform>Rebuilt the search index: %n document, {0} s</numerusform>
            <numerusform>Rebuilt the search index: %n documents, {0} s</numerusform>
        </translation>
    </message>
    <message>
        <source>文档中的量化指标（指标台账）</source>
        <translation>the quantitative targets of a document (the targets ledger)</translation>
    </message>
    <message>
        <source>同时列出指标 id、所在章节、实际值和进度</source>
        <translation>also list each target&apos;s id, its chapter, actual values and progress</translation>
    </message>
    <message>
        <source>为一个指标记录实际值</source>
        <translation>record an actual value for a target</translation>
    </message>
    <message>
        <source>指标 id，例如 g4.s3~1a2b3c4d（见 targets --ledger）</source>
        <translation>a target id, e.g. g4.s3~1a2b3c4d (see targets --ledger)</translation>
    </message>
    <message>
        <source>实际值（数字，单位同指标）</source>
        <translation>the actual value (a number, in the target&apos;s unit)</translation>
    </message>
    <message>
        <source>实际值所属日期 YYYY-MM-DD（默认：今天）</source>
        <translation>the date of the actual value, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>数据来源</source>
        <translation>where the figure comes from</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>a remark</translation>
    </message>
    <message>
        <source>删除一条实际值记录</source>
        <translation>delete a recorded actual value</translation>
    </message>
    <message>
        <source>记录 id（见 targets --ledger）</source>
        <translation>the record&apos;s id (see targets --ledger)</translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation>the file format</translation>
    </message>
    <message>
        <source>＝</source>
        <translation>=</translation>
    </message>
    <message>
        <source>第{0}条</source>
        <translation>Measure {0}</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>超出 {0}</source>
        <translation>over by {0}</translation>
    </message>
    <message>
        <source>超出</source>
        <translation>over</translation>
    </message>
    <message>
        <source>偏差 {0}</source>
        <translation>off by {0}</translation>
    </message>
    <message>
        <source>偏差</source>
        <translation>off target</translation>
    </message>
    <message>
        <source>章</source>
        <translation>Ch.</translation>
    </message>
    <message>
        <source>条</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>导出指标台账（CSV、Markdown、Word 或 Excel）</source>
        <translation>export the targets ledger (CSV, Markdown, Word or Excel)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>最新实际值</source>
        <translation>Latest actual</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项指标</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message>
        <source>（没有找到量化指标）</source>
        <translation>(no quantitative targets found)</translation>
    </message>
    <message>
        <source>已记录 #{0}：{1} {2} {3}（{4}）</source>
        <translation>Recorded #{0}: {1} {2} {3} ({4})</translation>
    </message>
    <message>
        <source>已删除 #{0}（{1} {2}）</source>
        <translation>Deleted #{0} ({1} {2})</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 项指标到 {0}</source>
        <translation>
            <numerusform>Exported %n target to {0}</numerusform>
            <numerusform>Exported %n targets to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>把一个条款放进任务分解表，或修改它的那一行</source>
        <translation>put a clause on the task breakdown, or change its row</translation>
    </message>
    <message>
        <source>节点键，例如 m9 或 i2.m4</source>
        <translation>node key, e.g. m9 or i2.m4</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>lead unit</translation>
    </message>
    <message>
        <source>责任（配合）单位，可重复；给出即替换</source>
        <translation>partner unit, may be repeated; given, it replaces the partners</translation>
    </message>
    <message>
        <source>完成时限 YYYY、YYYY-MM 或 YYYY-MM-DD（空串清除）</source>
        <translation>deadline YYYY, YYYY-MM or YYYY-MM-DD (an empty string clears it)</translation>
    </message>
    <message>
        <source>状态：{0}</source>
        <translation>status: {0}</translation>
    </message>
    <message>
        <source>进展情况或备注（Markdown）</source>
        <translation>progress or remark (Markdown)</translation>
    </message>
    <message>
        <source>任务分解表，按文档顺序</source>
        <translation>the task breakdown, in document order</translation>
    </message>
    <message>
        <source>只列出这个文档的任务</source>
        <translation>list only this document&apos;s tasks</translation>
    </message>
    <message>
        <source>只列出这个单位牵头或参与的任务</source>
        <translation>list only the tasks this unit leads or takes part in</translation>
    </message>
    <message>
        <source>只列出这个状态的任务：{0}</source>
        <translation>list only the tasks in this status: {0}</translation>
    </message>
    <message>
        <source>把一个条款移出任务分解表（放入任务回收站）</source>
        <translation>take a clause off the task breakdown (into the task trash)</translation>
    </message>
    <message>
        <source>给一个条款加书签</source>
        <translation>bookmark a clause</translation>
    </message>
    <message>
        <source>列出全部书签</source>
        <translation>list every bookmark</translation>
    </message>
    <message>
        <source>只列出这个文档的书签</source>
        <translation>only the bookmarks of this document</translation>
    </message>
    <message>
        <source>删除一个条款的书签</source>
        <translation>delete the bookmark of a clause</translation>
    </message>
    <message>
        <source>节点键</source>
        <translation>node key</translation>
    </message>
    <message>
        <source>学习进度：一个文档已读和已批注的条款，按章</source>
        <translation>the study map: the clauses of a document read and annotated, by chapter</translation>
    </message>
    <message>
        <source>（原文中已找不到的条款）</source>
        <translation>(a clause no longer in the text)</translation>
    </message>
    <message>
        <source>已加书签：{0}</source>
        <translation>Bookmarked: {0}</translation>
    </message>
    <message>
        <source>（还没有书签）</source>
        <translation>(no bookmarks yet)</translation>
    </message>
    <message>
        <source>已删除书签：{0}</source>
        <translation>Bookmark deleted: {0}</translation>
    </message>
    <message>
        <source>已读 {0}%（{1}/{2} 条），已批注 {3} 条</source>
        <translation>read {0}% ({1} of {2}), {3} annotated</translation>
    </message>
    <message>
        <source>{0}	{1}/{2}	批注 {3}	{4}</source>
        <translation>{0}	{1}/{2}	annotated {3}	{4}</translation>
    </message>
    <message>
        <source>导出任务分解表（xlsx docx csv md）</source>
        <translation>export the task breakdown (xlsx docx csv md)</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>format</translation>
    </message>
    <message>
        <source>只导出这个文档的任务</source>
        <translation>export only this document&apos;s tasks</translation>
    </message>
    <message>
        <source>只导出这个单位牵头或参与的任务</source>
        <translation>export only the tasks this unit leads or takes part in</translation>
    </message>
    <message>
        <source>{0} 已逾期</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <source>已分解到任务表：{0}</source>
        <translation>On the task breakdown: {0}</translation>
    </message>
    <message>
        <source>（任务分解表是空的）</source>
        <translation>(the task breakdown is empty)</translation>
    </message>
    <message>
        <source>已移出任务表：{0}</source>
        <translation>Taken off the task breakdown: {0}</translation>
    </message>
    <message>
        <source>{0} 不在任务表上</source>
        <translation>{0} is not on the task breakdown</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 项任务到 {0}</source>
        <translation>
            <numerusform>Exported %n task to {0}</numerusform>
            <numerusform>Exported %n tasks to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>{0}
完成后窗口会自动关闭，请稍候。</source>
        <translation>{0}
The window closes by itself when it is done; please wait.</translation>
    </message>
    <message>
        <source>正在完成</source>
        <translation>Finishing</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>对照阅读(&amp;D)</source>
        <translation>&amp;Parallel Reading</translation>
    </message>
    <message>
        <source>把阅读区分成左右两栏：右侧的文档跟随左侧正在读的条款，显示与它对应的条款</source>
        <translation>Split the reader in two: the document on the right follows the clause read on the left and shows the clauses that match it</translation>
    </message>
    <message>
        <source>导出对照表(&amp;L)…</source>
        <translation>Export A&amp;lignment Table…</translation>
    </message>
    <message>
        <source>把当前文档的每个条款与另一文档中对应的条款列成对照表（Word、Excel、Markdown、CSV）</source>
        <translation>List each clause of this document beside the matching clauses of another document (Word, Excel, Markdown, CSV)</translation>
    </message>
    <message>
        <source>与旧版对比(&amp;C)</source>
        <translation>&amp;Compare with Old Edition</translation>
    </message>
    <message>
        <source>标出这一版与上一版相比新增、删除、修改和调整编号的条款</source>
        <translation>Mark the clauses this edition added, removed, changed or renumbered since the previous one</translation>
    </message>
    <message>
        <source>下一处变动(&amp;N)</source>
        <translation>&amp;Next Change</translation>
    </message>
    <message>
        <source>与旧版对比时，转到下一处变动</source>
        <translation>While comparing with the old edition, go to the next change</translation>
    </message>
    <message>
        <source>上一处变动(&amp;P)</source>
        <translation>&amp;Previous Change</translation>
    </message>
    <message>
        <source>与旧版对比时，转到上一处变动</source>
        <translation>While comparing with the old edition, go to the previous change</translation>
    </message>
    <message>
        <source>导出修订对照表(&amp;R)…</source>
        <translation>Export &amp;Revision Table…</translation>
    </message>
    <message>
        <source>把与旧版对比的结果导出为修订对照表（原文 | 修改后 | 说明），Word 或 Markdown</source>
        <translation>Export the comparison with the old edition as a revision table (original | revised | note), Word or Markdown</translation>
    </message>
    <message>
        <source>关闭对照</source>
        <translation>Close Parallel Reading</translation>
    </message>
    <message>
        <source>关闭对照阅读（Ctrl+Shift+D）</source>
        <translation>Close parallel reading (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>对照阅读：右侧跟随左侧正在读的条款（Ctrl+Shift+D 关闭）</source>
        <translation>Parallel reading: the right follows the clause read on the left (Ctrl+Shift+D closes)</translation>
    </message>
    <message>
        <source>这个文档没有旧版，无从对比</source>
        <translation>This document has no old edition to compare with</translation>
    </message>
    <message>
        <source>退出对比</source>
        <translation>Leave Comparison</translation>
    </message>
    <message>
        <source>退出与旧版对比（Ctrl+Shift+B）</source>
        <translation>Leave the comparison with the old edition (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>正在与旧版对比…</source>
        <translation>Comparing with the old edition…</translation>
    </message>
    <message>
        <source>与旧版对比：新增 {0} · 删除 {1} · 修改 {2} · 调整编号 {3}（F7 下一处）</source>
        <translation>Compared with the old edition: {0} added · {1} removed · {2} changed · {3} renumbered (F7 next)</translation>
    </message>
    <message>
        <source>文库中没有别的文档可以对照</source>
        <translation>The library has no other document to read beside this one</translation>
    </message>
    <message>
        <source>导出对照表</source>
        <translation>Export Alignment Table</translation>
    </message>
    <message>
        <source>与哪个文档对照：</source>
        <translation>Align with which document:</translation>
    </message>
    <message>
        <source>对照表.docx</source>
        <translation>alignment table.docx</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;Excel 工作簿 (*.xlsx);;Markdown (*.md);;CSV (*.csv)</source>
        <translation>Word document (*.docx);;Excel workbook (*.xlsx);;Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>正在生成对照表…</source>
        <translation>Making the alignment table…</translation>
    </message>
    <message>
        <source>已导出对照表：{0}（{1} 行）</source>
        <translation>Alignment table exported: {0} ({1} rows)</translation>
    </message>
    <message>
        <source>导出修订对照表</source>
        <translation>Export Revision Table</translation>
    </message>
    <message>
        <source>修订对照表.docx</source>
        <translation>revision table.docx</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;Markdown (*.md)</source>
        <translation>Word document (*.docx);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>正在生成修订对照表…</source>
        <translation>Making the revision table…</translation>
    </message>
    <message>
        <source>已导出修订对照表：{0}（{1} 行）</source>
        <translation>Revision table exported: {0} ({1} rows)</translation>
    </message>
</context>
<context>
    <name>DockFrames</name>
    <message>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>文库(&amp;K)</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>打开或关闭文库：导入的全部文档</source>
        <translation>Show or hide the library: every document imported</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>标签(&amp;G)</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>打开或关闭标签树</source>
        <translation>Show or hide the tag tree</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>笔记(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>打开或关闭笔记列表</source>
        <translation>Show or hide the list of notes</translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation>Search Results</translation>
    </message>
    <message>
        <source>搜索结果(&amp;R)</source>
        <translation>Search Re&amp;sults</translation>
    </message>
    <message>
        <source>打开或关闭搜索结果面板</source>
        <translation>Show or hide the search results</translation>
    </message>
    <message>
        <source>指标台账</source>
        <translation>Targets Ledger</translation>
    </message>
    <message>
        <source>指标台账(&amp;L)</source>
        <translation>Targets Le&amp;dger</translation>
    </message>
    <message>
        <source>打开或关闭指标台账：量化指标、实际值和进度</source>
        <translation>Show or hide the targets ledger: quantitative targets, actual values and progress</translation>
    </message>
    <message>
        <source>任务分解</source>
        <translation>Task Breakdown</translation>
    </message>
    <message>
        <source>任务分解(&amp;J)</source>
        <translation>Task Brea&amp;kdown</translation>
    </message>
    <message>
        <source>打开或关闭任务分解表：条款、牵头单位、完成时限和进展</source>
        <translation>Show or hide the task breakdown: clauses, lead units, deadlines and progress</translation>
    </message>
    <message>
        <source>相关条款</source>
        <translation>Related Clauses</translation>
    </message>
    <message>
        <source>相关条款(&amp;X)</source>
        <translation>Related Claus&amp;es</translation>
    </message>
    <message>
        <source>打开或关闭相关条款：当前条款在文库各文档中的相关条款</source>
        <translation>Show or hide the related clauses: the clauses of the library&apos;s documents that relate to the current one</translation>
    </message>
    <message>
        <source>需复核</source>
        <translation>Needs Review</translation>
    </message>
    <message>
        <source>需复核的笔记(&amp;V)</source>
        <translation>Notes That Need Re&amp;view</translation>
    </message>
    <message>
        <source>打开或关闭需复核的笔记：导入新版本后没能确定位置的笔记</source>
        <translation>Show or hide the notes that need review: notes that could not be placed after a new edition was imported</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>牵头：{0}</source>
        <translation>Lead: {0}</translation>
    </message>
    <message>
        <source>协同：{0}</source>
        <translation>Partners: {0}</translation>
    </message>
</context>
<context>
    <name>DroppedLines</name>
    <message>
        <source>去掉的内容</source>
        <translation>Dropped content</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>保留这些行（按原样导入整个网页）</source>
        <translation>Keep these lines (import the whole page as it is)</translation>
    </message>
    <message>
        <source>去掉的若是正文，勾选后重新识别，导入时一行不去</source>
        <translation>If text of the document was dropped, tick this: the page is read again and nothing is dropped on import</translation>
    </message>
    <message>
        <source>网页框架全部保留</source>
        <translation>All of the page&apos;s frame is kept</translation>
    </message>
    <message>
        <source>已去掉 {0} 行网页框架（导航、栏目、页脚等）</source>
        <translation>{0} lines of the page&apos;s frame dropped (navigation, columns, footers and the like)</translation>
    </message>
    <message>
        <source>{0}：{1} 行</source>
        <translation>{0}: {1} lines</translation>
    </message>
</context>
<context>
    <name>DurabilityController</name>
    <message>
        <source>导出笔记(&amp;E)…</source>
        <translation>&amp;Export Notes…</translation>
    </message>
    <message>
        <source>把笔记导出为 Word、网页、Markdown 或表格</source>
        <translation>Export the notes as Word, a web page, Markdown or a spreadsheet</translation>
    </message>
    <message>
        <source>导出备份文件(&amp;B)…</source>
        <translation>Export &amp;Backup File…</translation>
    </message>
    <message>
        <source>把全部笔记、标签和导入的文档存为一个备份文件</source>
        <translation>Save every note, tag and imported document in one backup file</translation>
    </message>
    <message>
        <source>从备份文件恢复(&amp;R)…</source>
        <translation>&amp;Restore from Backup File…</translation>
    </message>
    <message>
        <source>合并另一台电脑的备份文件：重复的不会再加</source>
        <translation>Merge a backup file from another computer: nothing already here is added twice</translation>
    </message>
    <message>
        <source>恢复自动备份(&amp;A)…</source>
        <translation>Restore &amp;Automatic Backup…</translation>
    </message>
    <message>
        <source>用一个自动备份替换当前数据（当前数据先另存）</source>
        <translation>Replace the current data with an automatic backup (the current data is saved first)</translation>
    </message>
    <message>
        <source>文库已在别处更新</source>
        <translation>The library was updated elsewhere</translation>
    </message>
    <message>
        <source>正在完成导出…</source>
        <translation>Finishing the export…</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条笔记</source>
        <translation>
            <numerusform>Exported %n note</numerusform>
            <numerusform>Exported %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已把 %n 条笔记备份到 {0}</source>
        <translation>
            <numerusform>Backed up %n note to {0}</numerusform>
            <numerusform>Backed up %n notes to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>正在完成备份文件…</source>
        <translation>Finishing the backup file…</translation>
    </message>
    <message>
        <source>hzreader 备份或 W3C 批注 (*.json *.jsonld);;所有文件 (*)</source>
        <translation>hzreader backup or W3C annotations (*.json *.jsonld);;All files (*)</translation>
    </message>
    <message>
        <source>正在完成恢复…</source>
        <translation>Finishing the restore…</translation>
    </message>
    <message numerus="yes">
        <source>；新增文档 %n 个</source>
        <translation>
            <numerusform>; %n new document</numerusform>
            <numerusform>; %n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；%n 条原文有变动，待核对</source>
        <translation>
            <numerusform>; %n note whose text has changed, to review</numerusform>
            <numerusform>; %n notes whose text has changed, to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已恢复 {0}（%n 条笔记）</source>
        <translation>
            <numerusform>Restored the backup of {0} (%n note)</numerusform>
            <numerusform>Restored the backup of {0} (%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>导出备份文件</source>
        <translation>Export Backup File</translation>
    </message>
    <message>
        <source>hzreader 备份 (*.json)</source>
        <translation>hzreader backup (*.json)</translation>
    </message>
    <message>
        <source>正在导出备份…</source>
        <translation>Exporting the backup…</translation>
    </message>
    <message>
        <source>从备份文件恢复</source>
        <translation>Restore from Backup File</translation>
    </message>
    <message>
        <source>把 {0} 中的笔记合并到当前数据？
已有的笔记保留较新的修改，重复的不会再加；恢复前会自动备份当前数据。</source>
        <translation>Merge the notes in {0} into the current data?
Notes already here keep their newer changes and nothing is added twice; the current data is backed up first.</translation>
    </message>
    <message>
        <source>正在检查并合并备份文件…</source>
        <translation>Checking and merging the backup file…</translation>
    </message>
    <message>
        <source>新增 {0} 条，更新 {1} 条，跳过 {2} 条（已有且不旧）</source>
        <translation>Added: {0}, updated: {1}, skipped: {2} (already here and not older)</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore Complete</translation>
    </message>
    <message>
        <source>；恢复前的数据另存为 {0}</source>
        <translation>; the data before the restore was saved as {0}</translation>
    </message>
</context>
<context>
    <name>EditionView</name>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>调整编号</source>
        <translation>Renumbered</translation>
    </message>
    <message>
        <source>原{0}</source>
        <translation>was {0}</translation>
    </message>
    <message>
        <source>旧版：{0}</source>
        <translation>Old edition: {0}</translation>
    </message>
    <message>
        <source>新版：{0}</source>
        <translation>New edition: {0}</translation>
    </message>
    <message>
        <source>文字相同的部分约 {0:.0%}</source>
        <translation>About {0:.0%} of the text is the same</translation>
    </message>
    <message>
        <source>从旧版 {0} 拆出</source>
        <translation>Split from {0} of the old edition</translation>
    </message>
    <message>
        <source>并入新版 {0}</source>
        <translation>Merged into {0} of the new edition</translation>
    </message>
    <message>
        <source>与旧版对比：《{0}》</source>
        <translation>Compared with the old edition: “{0}”</translation>
    </message>
    <message>
        <source>与旧版对比：《{0}》 → 《{1}》</source>
        <translation>Compared with the old edition: “{0}” → “{1}”</translation>
    </message>
    <message>
        <source>旧版：《{0}》
现行：《{1}》</source>
        <translation>Old edition: “{0}”
Current: “{1}”</translation>
    </message>
    <message>
        <source>调整编号中有 {0} 句是从一个条款移到了另一个条款（见两处修改的条款）</source>
        <translation>Of the renumbered, {0} sentences moved from one clause to another (see the two changed clauses)</translation>
    </message>
    <message>
        <source>新版加入的文字</source>
        <translation>Text the new edition added</translation>
    </message>
    <message>
        <source>旧版有、新版删去的文字</source>
        <translation>Text of the old edition that the new one removed</translation>
    </message>
    <message>
        <source>两版内容相同</source>
        <translation>The two editions have the same content</translation>
    </message>
    <message>
        <source>共 {0} 处变动，F7 逐处查看</source>
        <translation>{0} changes; F7 goes through them</translation>
    </message>
    <message>
        <source>第 {0}/{1} 处</source>
        <translation>Change {0} of {1}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>内部错误（{0}），详情已记入 {1}</source>
        <translation>internal error ({0}); the details are in {1}</translation>
    </message>
    <message>
        <source>无法读取笔记文件 {0}：{1}</source>
        <translation>cannot read the note file {0}: {1}</translation>
    </message>
    <message>
        <source>笔记文件不是 UTF-8 文本</source>
        <translation>the note file is not UTF-8 text</translation>
    </message>
    <message>
        <source>--format 和 -o 要一起给出（或都不给，直接输出）</source>
        <translation>give --format and -o together (or neither, to print)</translation>
    </message>
    <message>
        <source>--limit 不能是负数（0 表示全部）</source>
        <translation>--limit cannot be negative (0 means all)</translation>
    </message>
    <message>
        <source>未知颜色“{0}”，可用：{1}</source>
        <translation>unknown color “{0}”; use one of: {1}</translation>
    </message>
    <message>
        <source>标签不能为空</source>
        <translation>a tag cannot be empty</translation>
    </message>
    <message>
        <source>标签太长（最多 {0} 个字符）</source>
        <translation>the tag is too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>笔记太长（最多 {0} 百万字符）</source>
        <translation>the note is too long (at most {0} million characters)</translation>
    </message>
    <message>
        <source>笔记中含有无法保存的空字符</source>
        <translation>the note contains NUL characters, which cannot be saved</translation>
    </message>
    <message>
        <source>内置文件中找不到以“附:”开头的计划正文</source>
        <translation>the bundled file has no plan text (the line that opens the attached plan is missing)</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入 {0}（{1}）。请腾出空间后重试，原文件未改动</source>
        <translation>the disk is full: cannot write {0} ({1}). Free some space and try again; the existing file is unchanged</translation>
    </message>
    <message>
        <source>没有权限写入 {0}（{1}）。目标位置只读或受保护，请换一个文件夹</source>
        <translation>no permission to write {0} ({1}). The place is read-only or protected: choose another folder</translation>
    </message>
    <message>
        <source>文件夹 {0} 不存在，请先创建或换一个位置</source>
        <translation>the folder {0} does not exist: create it first or choose another place</translation>
    </message>
    <message>
        <source>{0} 是一个文件夹，请给出文件名</source>
        <translation>{0} is a folder: give a file name</translation>
    </message>
    <message>
        <source>无法写入 {0}：{1}</source>
        <translation>cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>是文件夹</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <source>实际值必须是数字</source>
        <translation>the actual value must be a number</translation>
    </message>
    <message>
        <source>实际值必须是数字：{0}</source>
        <translation>the actual value must be a number: {0}</translation>
    </message>
    <message>
        <source>实际值必须是有限的数字</source>
        <translation>the actual value must be a finite number</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：{0}</source>
        <translation>a date must look like YYYY-MM-DD: {0}</translation>
    </message>
    <message>
        <source>没有这个日期：{0}</source>
        <translation>there is no such date: {0}</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>备份文件无效：{0} {1}。没有做任何改动</source>
        <translation>invalid backup file: {0} {1}; nothing was changed</translation>
    </message>
    <message>
        <source>嵌套超过 {0} 层</source>
        <translation>is nested more than {0} levels deep</translation>
    </message>
    <message>
        <source>含有 JSON 不允许的数值 {0}</source>
        <translation>holds the number {0}, which JSON does not allow</translation>
    </message>
    <message>
        <source>太大（{0} MB，上限 {1} MB）</source>
        <translation>is too large ({0} MB, at most {1} MB)</translation>
    </message>
    <message>
        <source>不是 UTF-8 文本（第 {0} 字节）</source>
        <translation>is not UTF-8 text (byte {0})</translation>
    </message>
    <message>
        <source>不是完整的 JSON（第 {0} 行第 {1} 列：{2}），可能被截断</source>
        <translation>is not complete JSON (line {0}, column {1}: {2}); it may have been cut off</translation>
    </message>
    <message>
        <source>嵌套太深</source>
        <translation>is nested too deep</translation>
    </message>
    <message>
        <source>{0} 是一个文件夹，请给出备份文件</source>
        <translation>{0} is a folder: give a backup file</translation>
    </message>
    <message>
        <source>找不到备份文件 {0}</source>
        <translation>backup file not found: {0}</translation>
    </message>
    <message>
        <source>无法读取备份文件 {0}：{1}</source>
        <translation>cannot read the backup file {0}: {1}</translation>
    </message>
    <message>
        <source>含有不成对的代理字符（如 \ud800），文本已损坏</source>
        <translation>holds unpaired surrogates (such as \ud800): the text is damaged</translation>
    </message>
    <message>
        <source>应为日期时间文本</source>
        <translation>should be a date and time as text</translation>
    </message>
    <message>
        <source>不是日期时间：{0}</source>
        <translation>is not a date and time: {0}</translation>
    </message>
    <message>
        <source>应为文本</source>
        <translation>should be text</translation>
    </message>
    <message>
        <source>太长（上限 {0} 字符）</source>
        <translation>is too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>含有空字符</source>
        <translation>holds a null character</translation>
    </message>
    <message>
        <source>应为非负整数或 null</source>
        <translation>should be a whole number from 0 up, or null</translation>
    </message>
    <message>
        <source>应为列表</source>
        <translation>should be a list</translation>
    </message>
    <message>
        <source>这不是 hzreader 的备份文件（缺少 &quot;format&quot;: &quot;hzreader-backup&quot;）</source>
        <translation>this is not an hzreader backup file (&quot;format&quot;: &quot;hzreader-backup&quot; is missing)</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>should be a whole number</translation>
    </message>
    <message>
        <source>这个备份来自更新版本的 hzreader（格式版本 {0}），请先升级</source>
        <translation>this backup comes from a newer hzreader (format version {0}); please upgrade first</translation>
    </message>
    <message>
        <source>不是已知的格式版本（{0}）</source>
        <translation>is not a known format version ({0})</translation>
    </message>
    <message>
        <source>有重复的文档 id</source>
        <translation>has a document id twice</translation>
    </message>
    <message>
        <source>与前面的笔记重复</source>
        <translation>repeats an earlier note</translation>
    </message>
    <message>
        <source>与前面的任务重复</source>
        <translation>repeats an earlier task</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>should be an object</translation>
    </message>
    <message>
        <source>指向备份中没有的文档 {0}</source>
        <translation>names the document {0}, which the backup does not hold</translation>
    </message>
    <message>
        <source>应为文本列表</source>
        <translation>should be a list of texts</translation>
    </message>
    <message>
        <source>不是 UUID：{0}</source>
        <translation>is not a UUID: {0}</translation>
    </message>
    <message>
        <source>不是标准形式的 UUID：{0}</source>
        <translation>is not a UUID in standard form: {0}</translation>
    </message>
    <message>
        <source>应为 64 位十六进制 SHA-256</source>
        <translation>should be a SHA-256 of 64 hexadecimal digits</translation>
    </message>
    <message>
        <source>应为 true 或 false</source>
        <translation>should be true or false</translation>
    </message>
    <message>
        <source>与 content_hash 不符，文件已损坏</source>
        <translation>does not match content_hash: the file is damaged</translation>
    </message>
    <message>
        <source>应为颜色文本或 null</source>
        <translation>should be a colour as text, or null</translation>
    </message>
    <message>
        <source>不是已知的颜色（{0}）</source>
        <translation>is not a known colour ({0})</translation>
    </message>
    <message>
        <source>应为 #rrggbb</source>
        <translation>should be #rrggbb</translation>
    </message>
    <message>
        <source>与 end 不构成有效的范围</source>
        <translation>does not make a valid range with end</translation>
    </message>
    <message>
        <source>应为数值</source>
        <translation>should be a number</translation>
    </message>
    <message>
        <source>无法写入 {0}：{1}（请检查文件夹和磁盘空间）</source>
        <translation>cannot write {0}: {1} (check the folder and the free disk space)</translation>
    </message>
    <message>
        <source>不支持的格式 {0}（可选：{1}）</source>
        <translation>unsupported format {0} (choose from: {1})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>不支持旧版 Word 文件（.doc）：{0}。请在 Word/WPS 中另存为 .docx 再导入</source>
        <translation>old Word files (.doc) are not supported: {0}. Save it as .docx in Word or WPS, then import that</translation>
    </message>
    <message>
        <source>不支持的文件类型“{0}”：{1}。只能导入 .txt、.md 和 .docx</source>
        <translation>unsupported file type “{0}”: {1}. Only .txt, .md and .docx can be imported</translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>找不到文件：{0}</source>
        <translation>file not found: {0}</translation>
    </message>
    <message>
        <source>无法读取文件 {0}：{1}</source>
        <translation>cannot read the file {0}: {1}</translation>
    </message>
    <message>
        <source>{0} 不是一个文件</source>
        <translation>{0} is not a file</translation>
    </message>
    <message>
        <source>文件太大：{0} 有 {1:.1f} MB，最多只能导入 {2} MB</source>
        <translation>the file is too large: {0} has {1:.1f} MB, at most {2} MB can be imported</translation>
    </message>
    <message>
        <source>{0} 是空文件（没有文字），没有可导入的内容</source>
        <translation>{0} is empty (it has no text): there is nothing to import</translation>
    </message>
    <message>
        <source>未知的文字编码：{0}（可用例如 {1}）</source>
        <translation>unknown text encoding: {0} (use, for example, {1})</translation>
    </message>
    <message>
        <source>无法用 {0} 解码 {1}（第 {2} 字节处出错），请换一种编码</source>
        <translation>cannot decode {1} as {0} (error at byte {2}): try another encoding</translation>
    </message>
    <message>
        <source>{0} 不是文本文件（含有二进制内容），无法导入</source>
        <translation>{0} is not a text file (it holds binary data) and cannot be imported</translation>
    </message>
    <message>
        <source>无法识别 {0} 的文字编码，请指定编码（例如 gbk、utf-8 或 utf-16）再导入</source>
        <translation>cannot tell the text encoding of {0}: name one (e.g. gbk, utf-8 or utf-16) and import again</translation>
    </message>
    <message>
        <source>无法读取 Word 文档 {0}：文件已损坏或不是 .docx 格式（可在 Word/WPS 中打开后另存为 .docx 再导入）</source>
        <translation>cannot read the Word document {0}: the file is damaged or not in .docx format (open it in Word or WPS, save it as .docx and import that)</translation>
    </message>
    <message>
        <source>没有这条笔记：{0}</source>
        <translation>no such note: {0}</translation>
    </message>
    <message>
        <source>选区超出了这个节点的文字范围</source>
        <translation>the selection goes beyond the text of this node</translation>
    </message>
    <message>
        <source>这个节点中没有“{0}”这段文字</source>
        <translation>this node has no text “{0}”</translation>
    </message>
    <message>
        <source>没有标签“{0}”</source>
        <translation>no such tag: “{0}”</translation>
    </message>
    <message>
        <source>恢复前须先备份当前数据库，但没有成功：{0}。没有恢复，数据未改动</source>
        <translation>the current database must be backed up before a restore, and that failed: {0}. Nothing was restored and the data is unchanged</translation>
    </message>
    <message>
        <source>没有名为 {0} 的备份（用 backups 命令查看备份列表）</source>
        <translation>no backup named {0} (the backups command lists them)</translation>
    </message>
    <message>
        <source>备份 {0} 已损坏，不能恢复：{1}</source>
        <translation>the backup {0} is damaged and cannot be restored: {1}</translation>
    </message>
    <message>
        <source>hzreader 窗口（进程 {0}）正在使用这个数据目录，请先关闭窗口再恢复</source>
        <translation>an hzreader window (process {0}) is using this data folder: close it first, then restore</translation>
    </message>
    <message>
        <source>恢复失败：{0}。原数据库未改动，另有副本 backups/{1}</source>
        <translation>the restore failed: {0}. The database is unchanged, and there is also a copy in backups/{1}</translation>
    </message>
    <message>
        <source>恢复失败：{0}。原数据库未改动</source>
        <translation>the restore failed: {0}. The database is unchanged</translation>
    </message>
    <message>
        <source>无法先留存当前数据库：{0}，未做恢复</source>
        <translation>cannot keep the current database aside first: {0}; nothing was restored</translation>
    </message>
    <message>
        <source>不能把一个文档和它自己比较：请给出两个不同的文档（旧版 新版）</source>
        <translation>a document cannot be compared with itself: give two different documents (OLD NEW)</translation>
    </message>
    <message>
        <source>没有这个文档：{0}</source>
        <translation>no such document: {0}</translation>
    </message>
    <message>
        <source>不支持的格式“{0}”，可用：{1}</source>
        <translation>unsupported format “{0}”; use one of: {1}</translation>
    </message>
    <message>
        <source>《{0}》已有新版本（ID {1}），请把新文件作为那个版本的新版本导入</source>
        <translation>“{0}” already has a new edition (ID {1}): import the new file as a new edition of that one</translation>
    </message>
    <message>
        <source>{0} 不像是《{1}》的新版本（只有 {2:.0%} 的内容对得上），没有导入；要作为独立文档导入，请去掉 --version-of</source>
        <translation>{0} does not look like a new edition of “{1}” (only {2:.0%} of the text matches), so it was not imported; to import it as a document of its own, leave out --version-of</translation>
    </message>
    <message>
        <source>这个文本已在文库中，没有重复导入</source>
        <translation>this text is already in the library; it was not imported again</translation>
    </message>
    <message>
        <source>{0} 不是作为新版本导入的文档，无法撤销</source>
        <translation>{0} was not imported as a new edition, so that cannot be undone</translation>
    </message>
    <message>
        <source>{0} 之后还导入了新版本 {1}，请先撤销那一次</source>
        <translation>a newer edition {1} was imported after {0}: undo that one first</translation>
    </message>
    <message>
        <source>这条笔记不在旧版本上，无需复核</source>
        <translation>this note is not on an old edition: there is nothing to review</translation>
    </message>
    <message>
        <source>没有可放置的位置：请给出新版本中的节点键</source>
        <translation>there is no place to put it: give a node key of the new edition</translation>
    </message>
    <message>
        <source>未知的分组方式“{0}”，可用：按章节 chapter、按标签 tag</source>
        <translation>unknown grouping “{0}”; use chapter or tag</translation>
    </message>
    <message>
        <source>未知的导出格式“{0}”，可用：{1}</source>
        <translation>unknown export format “{0}”; use one of: {1}</translation>
    </message>
    <message>
        <source>《{0}》已在文库中（ID {1}），内容相同，没有重复导入</source>
        <translation>“{0}” is already in the library (ID {1}) with the same text; it was not imported again</translation>
    </message>
    <message>
        <source>标题太长（{0} 字），最多 {1} 字</source>
        <translation>the title is too long ({0} characters); at most {1}</translation>
    </message>
    <message>
        <source>{0} 中没有可导入的正文</source>
        <translation>{0} has no text to import</translation>
    </message>
    <message>
        <source>标题不能为空</source>
        <translation>the title cannot be empty</translation>
    </message>
    <message>
        <source>内置文档不能改名</source>
        <translation>a bundled document cannot be renamed</translation>
    </message>
    <message>
        <source>内置文档不能删除</source>
        <translation>a bundled document cannot be deleted</translation>
    </message>
    <message>
        <source>无法为文档分配 ID</source>
        <translation>cannot give the document an ID</translation>
    </message>
    <message>
        <source>无法打开数据库 {0}：{1}</source>
        <translation>cannot open the database {0}: {1}</translation>
    </message>
    <message>
        <source>数据库 {0} 已损坏（{1}），且无法移到备份文件夹：{2}</source>
        <translation>the database {0} is damaged ({1}) and cannot be moved to the backups folder: {2}</translation>
    </message>
    <message>
        <source>数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。没有找到完好的备份；再次运行 hzreader 将建立一个新的空数据库</source>
        <translation>the database is damaged ({0}); it was moved, as it is, to backups/{1} (nothing was deleted). No intact backup was found; running hzreader again makes a new, empty database</translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message numerus="yes">
        <source>数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。最新的完好备份是 {2}（{3}，%n 条笔记）。恢复它：hzreader restore-backup {2}（数据目录与这次相同）</source>
        <translation>
            <numerusform>the database is damaged ({0}); it was moved, as it is, to backups/{1} (nothing was deleted). The newest intact backup is {2} ({3}, %n note). To restore it: hzreader restore-backup {2} (with the same data folder as this time)</numerusform>
            <numerusform>the database is damaged ({0}); it was moved, as it is, to backups/{1} (nothing was deleted). The newest intact backup is {2} ({3}, %n notes). To restore it: hzreader restore-backup {2} (with the same data folder as this time)</numerusform>
        </translation>
    </message>
    <message>
        <source>没有这个文档：{0}（用 docs 命令查看文档列表）</source>
        <translation>no such document: {0} (the docs command lists them)</translation>
    </message>
    <message>
        <source>{0} 中没有节点 {1}（用 outline 命令查看所有节点）</source>
        <translation>{0} has no node {1} (the outline command lists them all)</translation>
    </message>
    <message>
        <source>无法创建数据目录 {0}：{1}</source>
        <translation>cannot create the data folder {0}: {1}</translation>
    </message>
    <message>
        <source>数据目录 {0} 不是一个文件夹</source>
        <translation>the data folder {0} is not a folder</translation>
    </message>
    <message>
        <source>数据目录不可写：{0}。请检查磁盘空间或权限</source>
        <translation>the data folder cannot be written: {0}. Check the free disk space and the permissions</translation>
    </message>
    <message>
        <source>--limit 不能是负数</source>
        <translation>--limit cannot be negative</translation>
    </message>
    <message>
        <source>--in 给出的是同一个文档：请换一个文档对照</source>
        <translation>--in names the same document: choose another document to compare with</translation>
    </message>
    <message>
        <source>对照的两个文档是同一个：请给出两个不同的文档</source>
        <translation>both documents are the same: give two different documents</translation>
    </message>
    <message>
        <source>{0}太长（最多 {1} 字）</source>
        <translation>the {0} is too long (at most {1} characters)</translation>
    </message>
    <message>
        <source>{0} 中没有指标 {1}（用 targets --json 查看指标 id）</source>
        <translation>{0} has no target {1} (targets --json lists their ids)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>没有这条实际值记录：{0}</source>
        <translation>no such actual value record: {0}</translation>
    </message>
    <message>
        <source>没有可备份的数据库 {0}</source>
        <translation>there is no database {0} to back up</translation>
    </message>
    <message>
        <source>备份副本未通过完整性检查（{0}），已删除该副本</source>
        <translation>the backup copy failed its integrity check ({0}) and was deleted</translation>
    </message>
    <message>
        <source>磁盘已满或写入出错</source>
        <translation>the disk is full or writing failed</translation>
    </message>
    <message>
        <source>数据库无法读取</source>
        <translation>the database cannot be read</translation>
    </message>
    <message>
        <source>无法备份数据库（{0}：{1}），请检查磁盘空间</source>
        <translation>cannot back up the database ({0}: {1}); check the free disk space</translation>
    </message>
    <message>
        <source>无法写入备份文件夹 {0}：{1}</source>
        <translation>cannot write to the backups folder {0}: {1}</translation>
    </message>
    <message>
        <source>{0} 不是 hzreader 的数据库，请换一个数据目录</source>
        <translation>{0} is not an hzreader database: choose another data folder</translation>
    </message>
    <message>
        <source>数据库 {0} 已损坏或不可读：{1}</source>
        <translation>the database {0} is damaged or cannot be read: {1}</translation>
    </message>
    <message>
        <source>这个数据库来自更新版本的 hzreader（架构 {0}），请先升级 hzreader 再打开</source>
        <translation>this database comes from a newer hzreader (schema {0}): upgrade hzreader, then open it</translation>
    </message>
    <message>
        <source>数据库升级到架构 {0} 会留下 {1} 条断开的引用，已撤销升级，数据未改动</source>
        <translation>upgrading the database to schema {0} would leave {1} broken references, so the upgrade was undone and the data is unchanged</translation>
    </message>
    <message>
        <source>这次的修改没有保存，已有数据未受影响</source>
        <translation>this change was not saved; the data already there is not affected</translation>
    </message>
    <message>
        <source>磁盘已满，无法保存。{0}。请腾出磁盘空间后重试</source>
        <translation>the disk is full, nothing could be saved. {0}. Free some disk space and try again</translation>
    </message>
    <message>
        <source>无法保存：数据目录或数据库文件是只读的（{0}）。{1}。请检查权限，或用 --data-dir 指定一个可写的目录</source>
        <translation>cannot save: the data folder or the database file is read-only ({0}). {1}. Check the permissions, or give a writable folder with --data-dir</translation>
    </message>
    <message>
        <source>写入数据库时磁盘出错（{0}），可能是磁盘已满或损坏。{1}。请检查磁盘空间后重试</source>
        <translation>a disk error while writing the database ({0}): the disk may be full or damaged. {1}. Check the free disk space and try again</translation>
    </message>
    <message>
        <source>数据库正被另一个 hzreader 进程占用，请稍后再试（{0}）</source>
        <translation>another hzreader process is using the database: try again in a moment ({0})</translation>
    </message>
    <message>
        <source>数据库已损坏（{0}）。请运行 hzreader check，并按提示从备份恢复</source>
        <translation>the database is damaged ({0}). Run hzreader check and restore from a backup as it says</translation>
    </message>
    <message>
        <source>无法打开数据目录中的数据库：目录或文件是只读的（{0}）。hzreader 需要在数据目录中写入；数据没有改动。请检查权限，或用 --data-dir 指定一个可写的目录</source>
        <translation>cannot open the database in the data folder: the folder or the file is read-only ({0}). hzreader needs to write in its data folder; the data is unchanged. Check the permissions, or give a writable folder with --data-dir</translation>
    </message>
    <message>
        <source>打开数据库时磁盘出错（{0}），可能是磁盘已满。数据没有改动。请腾出磁盘空间后重试</source>
        <translation>a disk error while opening the database ({0}): the disk may be full. The data is unchanged. Free some disk space and try again</translation>
    </message>
    <message>
        <source>未知状态“{0}”，可用：{1}</source>
        <translation>unknown status “{0}”; use one of: {1}</translation>
    </message>
    <message>
        <source>完成时限“{0}”的格式不对，应为 YYYY、YYYY-MM 或 YYYY-MM-DD</source>
        <translation>the deadline “{0}” is not in the right form: use YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>完成时限“{0}”的年份不合理</source>
        <translation>the year of the deadline “{0}” is not plausible</translation>
    </message>
    <message>
        <source>完成时限“{0}”中没有这个月份</source>
        <translation>the deadline “{0}” has no such month</translation>
    </message>
    <message>
        <source>没有这一天：{0}</source>
        <translation>there is no such day: {0}</translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation>a unit&apos;s name must not be empty</translation>
    </message>
    <message>
        <source>单位名称太长（最多 {0} 个字符）</source>
        <translation>the unit&apos;s name is too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>单位名称中含有无法保存的空字符</source>
        <translation>the unit&apos;s name holds a null character, which cannot be saved</translation>
    </message>
    <message>
        <source>进展情况太长（最多 {0} 个字符）</source>
        <translation>the progress remark is too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>进展情况中含有无法保存的空字符</source>
        <translation>the progress remark holds a null character, which cannot be saved</translation>
    </message>
    <message>
        <source>{0} 的文字超过 {1:,} 个字符的上限。请把它分成几个文件再导入</source>
        <translation>the text of {0} is over the limit of {1:,} characters; please split it into several files and import those</translation>
    </message>
    <message>
        <source>{0} 的文字太多：{1:,} 个字符，最多可导入 {2:,} 个字符。请把它分成几个文件再导入</source>
        <translation>{0} has too much text: {1:,} characters, at most {2:,} can be imported; please split it into several files and import those</translation>
    </message>
    <message>
        <source>{0} 的行数太多：{1:,} 行，最多可导入 {2:,} 行。请把它分成几个文件再导入</source>
        <translation>{0} has too many lines: {1:,}, at most {2:,} can be imported; please split it into several files and import those</translation>
    </message>
    <message>
        <source>{0} 的段落和句子太多：约 {1:,} 个，最多可导入 {2:,} 个。请把它分成几个文件再导入</source>
        <translation>{0} has too many paragraphs and sentences: about {1:,}, at most {2:,} can be imported; please split it into several files and import those</translation>
    </message>
    <message>
        <source>W3C 批注文件无效：{0} {1}。没有做任何改动</source>
        <translation>invalid W3C annotation file: {0} {1}; nothing was changed</translation>
    </message>
    <message>
        <source>第 {0} 条批注</source>
        <translation>annotation {0}</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>the annotation</translation>
    </message>
    <message>
        <source>集合</source>
        <translation>the collection</translation>
    </message>
    <message>
        <source>没有嵌入 first 页</source>
        <translation>has no embedded first page</translation>
    </message>
    <message>
        <source>第 {0} 页</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <source>只给出了地址 {0}，离线无法读取，请导出为单个文件</source>
        <translation>is only given by its address {0}, which cannot be read offline; please export it as a single file</translation>
    </message>
    <message>
        <source>不是 AnnotationPage</source>
        <translation>is not an AnnotationPage</translation>
    </message>
    <message>
        <source>缺少 items 列表</source>
        <translation>has no items list</translation>
    </message>
    <message>
        <source>批注太多（上限 {0}）</source>
        <translation>has too many annotations (at most {0})</translation>
    </message>
    <message>
        <source>不是 W3C 批注（缺少 type: Annotation 或 AnnotationCollection）</source>
        <translation>holds no W3C annotations (type: Annotation or AnnotationCollection is missing)</translation>
    </message>
    <message>
        <source>与前面的批注 id 重复</source>
        <translation>repeats the id of an earlier annotation</translation>
    </message>
    <message>
        <source>{0} 的 id</source>
        <translation>the id of {0}</translation>
    </message>
    <message>
        <source>缺少 target</source>
        <translation>has no target</translation>
    </message>
    <message>
        <source>{0} 的 target</source>
        <translation>the target of {0}</translation>
    </message>
    <message>
        <source>应为地址或对象</source>
        <translation>should be an address or an object</translation>
    </message>
    <message>
        <source>缺少 source</source>
        <translation>has no source</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>指向的 {0} 不是文库中的文档（应为 {1}&lt;文档 ID&gt;）</source>
        <translation>points to {0}, which is not a document of the library (it should be {1}&lt;document ID&gt;)</translation>
    </message>
    <message>
        <source>不是 W3C 批注（type 应为 Annotation）</source>
        <translation>is not a W3C annotation (its type should be Annotation)</translation>
    </message>
    <message>
        <source>{0} 的 exact</source>
        <translation>the exact of {0}</translation>
    </message>
    <message>
        <source>{0} 的 prefix</source>
        <translation>the prefix of {0}</translation>
    </message>
    <message>
        <source>{0} 的 suffix</source>
        <translation>the suffix of {0}</translation>
    </message>
    <message>
        <source>{0} 的 TextPositionSelector</source>
        <translation>the TextPositionSelector of {0}</translation>
    </message>
    <message>
        <source>start 和 end 应为整数</source>
        <translation>start and end should be whole numbers</translation>
    </message>
    <message>
        <source>start 和 end 不构成有效的范围</source>
        <translation>start and end do not make a valid range</translation>
    </message>
    <message>
        <source>{0} 的 hzreader:color</source>
        <translation>the hzreader:color of {0}</translation>
    </message>
    <message>
        <source>{0} 的 hzreader:key</source>
        <translation>the hzreader:key of {0}</translation>
    </message>
    <message>
        <source>{0} 的 created</source>
        <translation>the created of {0}</translation>
    </message>
    <message>
        <source>{0} 的 modified</source>
        <translation>the modified of {0}</translation>
    </message>
    <message>
        <source>{0} 的 bodyValue</source>
        <translation>the bodyValue of {0}</translation>
    </message>
    <message>
        <source>{0} 的 body</source>
        <translation>the body of {0}</translation>
    </message>
    <message>
        <source>{0} 的标签</source>
        <translation>the tag of {0}</translation>
    </message>
    <message>
        <source>笔记太长</source>
        <translation>the note is too long</translation>
    </message>
    <message>
        <source>Excel 表格（.xlsx）</source>
        <translation>an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>PowerPoint 演示文稿（.pptx）</source>
        <translation>a PowerPoint presentation (.pptx)</translation>
    </message>
    <message>
        <source>OpenDocument 文件（.odt/.ods）</source>
        <translation>an OpenDocument file (.odt/.ods)</translation>
    </message>
    <message>
        <source>OpenDocument 或 Java 文件</source>
        <translation>an OpenDocument or Java file</translation>
    </message>
    <message>
        <source>无法导入 Word 文档 {0}：{1}</source>
        <translation>cannot import the Word document {0}: {1}</translation>
    </message>
    <message>
        <source>这是旧版 .doc 或加密的 Word 文件。请在 Word/WPS 中去掉密码并另存为 .docx 再导入</source>
        <translation>this is an old .doc or an encrypted Word file; remove the password in Word/WPS, save it as .docx and import that</translation>
    </message>
    <message>
        <source>文件已损坏或不是 .docx 格式（可在 Word/WPS 中打开后另存为 .docx 再导入）</source>
        <translation>the file is damaged or not a .docx (open it in Word/WPS, save it as .docx and import that)</translation>
    </message>
    <message>
        <source>文件里有 {0:,} 个部件，Word 文档最多只会有 {1:,} 个</source>
        <translation>the file has {0:,} parts; a Word document has at most {1:,}</translation>
    </message>
    <message>
        <source>这是{0}，不是 Word 文档</source>
        <translation>this is {0}, not a Word document</translation>
    </message>
    <message>
        <source>含有 Word 文档不会有的部件“{0}”</source>
        <translation>it holds a part no Word document has: “{0}”</translation>
    </message>
    <message>
        <source>文档已加密。请在 Word/WPS 中去掉密码再导入</source>
        <translation>the document is encrypted; remove the password in Word/WPS and import it again</translation>
    </message>
    <message>
        <source>部件“{0}”使用了 Word 不用的压缩方式</source>
        <translation>the part “{0}” uses a compression Word does not use</translation>
    </message>
    <message>
        <source>部件“{0}”会从 {1} 解压成 {2}（{3:,.0f} 倍，上限 {4} 倍），这不是正常的 Word 文档（可能是“压缩炸弹”）</source>
        <translation>the part “{0}” would inflate from {1} to {2} ({3:,.0f} times, at most {4} times): this is not an ordinary Word document (perhaps a “zip bomb”)</translation>
    </message>
    <message>
        <source>解压后共有 {0}，最多可导入 {1}。请删去其中的图片或把它分成几个文件</source>
        <translation>it inflates to {0} in all, at most {1} can be imported; remove its pictures or split it into several files</translation>
    </message>
    <message>
        <source>文字部分解压后有 {0}，最多可导入 {1}。请把它分成几个文件再导入</source>
        <translation>its text parts inflate to {0}, at most {1} can be imported; please split it into several files and import those</translation>
    </message>
    <message>
        <source>会从 {0} 解压成 {1}（上限 {2} 倍），这不是正常的 Word 文档（可能是“压缩炸弹”）</source>
        <translation>it would inflate from {0} to {1} (at most {2} times): this is not an ordinary Word document (perhaps a “zip bomb”)</translation>
    </message>
    <message>
        <source>任务表中没有这一项：{0}</source>
        <translation>the task breakdown has no such task: {0}</translation>
    </message>
    <message>
        <source>还有 {0} 项任务（含回收站）用到“{1}”：请先把它合并到另一个单位</source>
        <translation>{0} tasks (the trash included) still name “{1}”: merge it into another unit first</translation>
    </message>
    <message>
        <source>单位列表中没有“{0}”</source>
        <translation>the list of units has no “{0}”</translation>
    </message>
    <message>
        <source>没有这个书签：{0}</source>
        <translation>no such bookmark: {0}</translation>
    </message>
    <message>
        <source>{0} 中的 {1} 没有书签（用 bookmarks 命令查看全部书签）</source>
        <translation>{1} in {0} has no bookmark (the bookmarks command lists them all)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word 文档（.docx）</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <source>网页（.html，可打印）</source>
        <translation>Web page (.html, printable)</translation>
    </message>
    <message>
        <source>Markdown（.md）</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>表格（.csv，Excel 可打开）</source>
        <translation>Spreadsheet (.csv, opens in Excel)</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>W3C 批注（.jsonld，其他批注工具可读）</source>
        <translation>W3C annotations (.jsonld, read by other annotation tools)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>网页 (*.html *.htm)</source>
        <translation>Web page (*.html *.htm)</translation>
    </message>
    <message>
        <source>表格 (*.csv)</source>
        <translation>Table (*.csv)</translation>
    </message>
    <message>
        <source>学习笔记</source>
        <translation>study notes</translation>
    </message>
    <message>
        <source>导出学习笔记</source>
        <translation>Export Study Notes</translation>
    </message>
    <message>
        <source>按章节（计划顺序）</source>
        <translation>By chapter (plan order)</translation>
    </message>
    <message>
        <source>按标签</source>
        <translation>By tag</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation>All colors</translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open Containing Folder</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message numerus="yes">
        <source>将导出 %n 条笔记</source>
        <translation>
            <numerusform>%n note will be exported</numerusform>
            <numerusform>%n notes will be exported</numerusform>
        </translation>
    </message>
    <message>
        <source>正在完成导出…（写入文件）</source>
        <translation>Finishing the export… (writing the file)</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条笔记到 {0}</source>
        <translation>
            <numerusform>Exported %n note to {0}</numerusform>
            <numerusform>Exported %n notes to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export To</translation>
    </message>
    <message>
        <source>请先选择保存位置</source>
        <translation>Choose where to save first</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>在本文档中查找：</source>
        <translation>Find in this document:</translation>
    </message>
    <message>
        <source>查找（Ctrl+F）</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <source>上一处（Shift+F3）</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <source>下一处（F3）</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <source>关闭查找栏（Esc）</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>在本文档中查找(&amp;F)…</source>
        <translation>&amp;Find in Document…</translation>
    </message>
    <message>
        <source>在当前文档中逐字查找</source>
        <translation>Find exact text in the current document</translation>
    </message>
    <message>
        <source>下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>跳到下一处标记</source>
        <translation>Go to the next mark</translation>
    </message>
    <message>
        <source>上一处(&amp;P)</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>跳到上一处标记</source>
        <translation>Go to the previous mark</translation>
    </message>
    <message>
        <source>清除搜索标记</source>
        <translation>Clear Search Marks</translation>
    </message>
    <message>
        <source>去掉正文中的搜索标记，关闭查找栏</source>
        <translation>Remove the search marks from the text and close the find bar</translation>
    </message>
    <message>
        <source>没有可以跳转的搜索结果</source>
        <translation>No search results to go to</translation>
    </message>
    <message>
        <source>第 {0}/{1} 处</source>
        <translation>Match {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message numerus="yes">
        <source>%n 章/部分</source>
        <translation>
            <numerusform>%n chapter/part</numerusform>
            <numerusform>%n chapters/parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 部分</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 节</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条目</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 小项</source>
        <translation>
            <numerusform>%n sub-item</numerusform>
            <numerusform>%n sub-items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 目标段</source>
        <translation>
            <numerusform>%n goal paragraph</numerusform>
            <numerusform>%n goal paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 列项</source>
        <translation>
            <numerusform>%n list item</numerusform>
            <numerusform>%n list items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 标题</source>
        <translation>
            <numerusform>%n heading</numerusform>
            <numerusform>%n headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 序言段</source>
        <translation>
            <numerusform>%n preamble paragraph</numerusform>
            <numerusform>%n preamble paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 段落</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 句</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 篇</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 字母项</source>
        <translation>
            <numerusform>%n lettered item</numerusform>
            <numerusform>%n lettered items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 专栏</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 附件</source>
        <translation>
            <numerusform>%n annex</numerusform>
            <numerusform>%n annexes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 目录</source>
        <translation>
            <numerusform>%n table of contents</numerusform>
            <numerusform>%n tables of contents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 序言</source>
        <translation>
            <numerusform>%n preface</numerusform>
            <numerusform>%n prefaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 印发通知</source>
        <translation>
            <numerusform>%n cover notice</numerusform>
            <numerusform>%n cover notices</numerusform>
        </translation>
    </message>
    <message>
        <source>章/部分</source>
        <translation>chapter/part</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>part</translation>
    </message>
    <message>
        <source>节</source>
        <translation>section</translation>
    </message>
    <message>
        <source>条</source>
        <translation>article</translation>
    </message>
    <message>
        <source>项</source>
        <translation>item</translation>
    </message>
    <message>
        <source>条目</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>小项</source>
        <translation>sub-item</translation>
    </message>
    <message>
        <source>目标段</source>
        <translation>goal paragraph</translation>
    </message>
    <message>
        <source>列项</source>
        <translation>list item</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>序言段</source>
        <translation>preamble paragraph</translation>
    </message>
    <message>
        <source>段落</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <source>句</source>
        <translation>sentence</translation>
    </message>
    <message>
        <source>篇</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>字母项</source>
        <translation>lettered item</translation>
    </message>
    <message>
        <source>专栏</source>
        <translation>box</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>annex</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>table of contents</translation>
    </message>
    <message>
        <source>序言</source>
        <translation>preface</translation>
    </message>
    <message>
        <source>印发通知</source>
        <translation>cover notice</translation>
    </message>
    <message>
        <source>第{0}层：{1}</source>
        <translation>Level {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 句</source>
        <translation>
            <numerusform>%n sentence in all</numerusform>
            <numerusform>%n sentences in all</numerusform>
        </translation>
    </message>
    <message>
        <source>纯文本</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation>Word document</translation>
    </message>
    <message numerus="yes">
        <source>%n 字节</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>导入文档 — {0}</source>
        <translation>Import Document — {0}</translation>
    </message>
    <message>
        <source>作为文库中某个文档的新版本导入：笔记随之带到新版本</source>
        <translation>Import as a new edition of a document in the library: its notes move to the new edition</translation>
    </message>
    <message>
        <source>结构</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>键</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>打开已有文档</source>
        <translation>Open Existing Document</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>文字编码：</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>版本：</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>识别结果：</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>正在读取和识别文件…</source>
        <translation>Reading and recognizing the file…</translation>
    </message>
    <message>
        <source>文件：{0}（{1}，{2}）</source>
        <translation>File: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>作为独立文档导入</source>
        <translation>Import as a document of its own</translation>
    </message>
    <message>
        <source>作为《{0}》的新版本导入</source>
        <translation>Import as a new edition of “{0}”</translation>
    </message>
    <message>
        <source>文库中已有标题相近的《{0}》：将作为它的新版本导入，笔记带到新版本，旧版保留可查；不需要时请改为“作为独立文档导入”。</source>
        <translation>The library has “{0}” with a similar title: this is imported as its new edition, the notes move to it and the old edition stays to look up; if that is not wanted, choose “Import as a document of its own”.</translation>
    </message>
    <message>
        <source>作为新版本导入</source>
        <translation>Import as New Edition</translation>
    </message>
    <message>
        <source>Word 文档（无需选择）</source>
        <translation>Word document (nothing to choose)</translation>
    </message>
    <message>
        <source>{0}（识别结果）</source>
        <translation>{0} (detected)</translation>
    </message>
    <message>
        <source>正在按 {0} 重新读取…</source>
        <translation>Reading again as {0}…</translation>
    </message>
    <message>
        <source>正在按原样重新识别…</source>
        <translation>Reading the page again as it is…</translation>
    </message>
    <message>
        <source>正在去掉网页框架重新识别…</source>
        <translation>Reading the page again without its frame…</translation>
    </message>
    <message>
        <source>请填写标题</source>
        <translation>Please enter a title</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>语言 / Language(&amp;U)</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <source>界面语言；文档、引文和笔记保持原文</source>
        <translation>The language of the interface; documents, citations and notes stay as written</translation>
    </message>
</context>
<context>
    <name>LedgerExportJob</name>
    <message>
        <source>导出失败（{0}），详情已记入日志</source>
        <translation>Export failed ({0}); the details are in the log</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>文库尚未就绪，请稍候再导入</source>
        <translation>The library is not ready yet: try the import again in a moment</translation>
    </message>
    <message>
        <source>请先完成或取消正在进行的导入</source>
        <translation>Finish or cancel the import under way first</translation>
    </message>
    <message>
        <source>导入文档</source>
        <translation>Import Document</translation>
    </message>
    <message>
        <source>政策文件 (*.txt *.md *.markdown *.docx);;所有文件 (*)</source>
        <translation>Policy documents (*.txt *.md *.markdown *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>《{0}》已在文库中，内容相同，没有重复导入；已打开它</source>
        <translation>“{0}” is in the library already with the same content: not imported twice; it is open now</translation>
    </message>
    <message>
        <source>已导入《{0}》</source>
        <translation>Imported “{0}”</translation>
    </message>
    <message>
        <source>导入没有完成，文库没有改变。</source>
        <translation>The import did not finish; the library is unchanged.</translation>
    </message>
    <message>
        <source>重命名文档</source>
        <translation>Rename Document</translation>
    </message>
    <message>
        <source>新标题：</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>已改名为《{0}》</source>
        <translation>Renamed to “{0}”</translation>
    </message>
    <message numerus="yes">
        <source>它的 %n 条笔记将移到回收站，可以从回收站恢复。</source>
        <translation>
            <numerusform>Its note goes to the trash, from where you can restore it.</numerusform>
            <numerusform>Its %n notes go to the trash, from where you can restore them.</numerusform>
        </translation>
    </message>
    <message>
        <source>从文库中删除《{0}》？
{1}</source>
        <translation>Delete “{0}” from the library?
{1}</translation>
    </message>
    <message numerus="yes">
        <source>已删除《{0}》，%n 条笔记已移到回收站</source>
        <translation>
            <numerusform>Deleted “{0}”; %n note moved to the trash</numerusform>
            <numerusform>Deleted “{0}”; %n notes moved to the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>这个文档没有笔记。</source>
        <translation>This document has no notes.</translation>
    </message>
    <message>
        <source>删除文档</source>
        <translation>Delete Document</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>解读</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>导入文档</source>
        <translation>Imported document</translation>
    </message>
    <message numerus="yes">
        <source>%n 章节</source>
        <translation>
            <numerusform>%n heading</numerusform>
            <numerusform>%n headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条目</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 句</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message>
        <source>旧版 · {0}</source>
        <translation>Old edition · {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n 条笔记 · {0} 导入</source>
        <translation>
            <numerusform>%n note · imported {0}</numerusform>
            <numerusform>%n notes · imported {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>结构</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>来源文件：{0}</source>
        <translation>Source file: {0}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>内置文档不能改名或删除</source>
        <translation>Bundled documents cannot be renamed or deleted</translation>
    </message>
</context>
<context>
    <name>LookKeeper</name>
    <message>
        <source>主题(&amp;M)</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation>Follow the &amp;System</translation>
    </message>
    <message>
        <source>浅色(&amp;L)</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>深色（夜间阅读）(&amp;D)</source>
        <translation>&amp;Dark (Night Reading)</translation>
    </message>
    <message>
        <source>随操作系统的浅色或深色外观切换</source>
        <translation>Light or dark as the operating system&apos;s appearance is</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开文档(&amp;D)</source>
        <translation>Open &amp;Document</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>笔记(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>版本(&amp;B)</source>
        <translation>Edit&amp;ions</translation>
    </message>
    <message>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>提纲(&amp;T)</source>
        <translation>Ou&amp;tline</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source> 文档 </source>
        <translation> Document </translation>
    </message>
    <message>
        <source>工具栏(&amp;B)</source>
        <translation>Tool&amp;bar</translation>
    </message>
    <message>
        <source>无法保存阅读状态：{0}</source>
        <translation>Could not save the reading position: {0}</translation>
    </message>
    <message>
        <source>本文档中没有这一节：{0}</source>
        <translation>This document has no section {0}</translation>
    </message>
    <message>
        <source>已复制，附引文：{0}</source>
        <translation>Copied, with the citation: {0}</translation>
    </message>
    <message>
        <source>请先选中要复制的文字</source>
        <translation>Select the text to copy first</translation>
    </message>
    <message>
        <source>字号 {0}（{1}%）</source>
        <translation>Size {0} ({1}%)</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>{0}（弱）</source>
        <translation>{0} (weak)</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>相关度</source>
        <translation>Relatedness</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>共同的说法：{0}</source>
        <translation>Shared phrases: {0}</translation>
    </message>
    <message>
        <source>相关度 {0}：共同的说法在两段文字中所占的分量（0–1）</source>
        <translation>Relatedness {0}: how much of the two texts their shared phrases make up (0–1)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>文字编码是推测的（{0}），请核对预览中的文字是否正常</source>
        <translation>The text encoding is a guess ({0}): check that the text in the preview reads correctly</translation>
    </message>
    <message>
        <source>新建笔记</source>
        <translation>New Note</translation>
    </message>
    <message>
        <source>编辑笔记</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <source>删除笔记</source>
        <translation>Delete Note</translation>
    </message>
    <message>
        <source>恢复笔记</source>
        <translation>Restore Note</translation>
    </message>
    <message>
        <source>清空回收站</source>
        <translation>Empty Trash</translation>
    </message>
    <message>
        <source>重命名标签 {0} → {1}</source>
        <translation>Rename Tag {0} → {1}</translation>
    </message>
    <message>
        <source>合并标签到 {0}</source>
        <translation>Merge Tags into {0}</translation>
    </message>
    <message>
        <source>删除标签 {0}</source>
        <translation>Delete Tag {0}</translation>
    </message>
    <message>
        <source>标签颜色 {0}</source>
        <translation>Tag Color {0}</translation>
    </message>
    <message>
        <source>自动备份失败：{0}</source>
        <translation>The automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>导入新版本《{0}》</source>
        <translation>Import New Edition “{0}”</translation>
    </message>
    <message>
        <source>没有识别出标题，暂用文件名“{0}”，可在导入前修改</source>
        <translation>No title was recognized; the file name “{0}” is used for now, and you can change it before importing</translation>
    </message>
    <message>
        <source>没有识别出章节或编号条目，全文将作为段落导入</source>
        <translation>No chapters or numbered items were recognized: the whole text will be imported as paragraphs</translation>
    </message>
    <message numerus="yes">
        <source>已去掉 %n 行网页框架（导航、发布信息、版权等），预览中逐行列出了去掉的内容和原因</source>
        <translation>
            <numerusform>Removed %n line of web page chrome (navigation, publication details, copyright…); the preview lists what was removed and why</numerusform>
            <numerusform>Removed %n lines of web page chrome (navigation, publication details, copyright…); the preview lists what was removed and why</numerusform>
        </translation>
    </message>
    <message>
        <source>内容与文库中的《{0}》（ID {1}）相同</source>
        <translation>The text is the same as “{0}” (ID {1}) in the library</translation>
    </message>
    <message>
        <source>文库中的这份文档导入时保留了网页框架，这次没有改动它</source>
        <translation>The library&apos;s copy of this document was imported with its web page chrome kept; it was left as it is</translation>
    </message>
    <message>
        <source>文库中的这份文档导入时去掉了网页框架，这次没有改动它</source>
        <translation>The library&apos;s copy of this document was imported with its web page chrome removed; it was left as it is</translation>
    </message>
    <message>
        <source>数据库完整性检查未通过：{0}</source>
        <translation>the database integrity check failed: {0}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>表 {0} 第 {1} 行指向 {2} 中不存在的记录</source>
        <translation>row {1} of table {0} points to a record that is not in {2}</translation>
    </message>
    <message>
        <source>笔记 {0} 的原文已变动（{1} {2}），待核对</source>
        <translation>the text of note {0} has changed ({1} {2}): to review</translation>
    </message>
    <message>
        <source>笔记 {0} 所在的节点 {1} {2} 不存在，且未标为待核对</source>
        <translation>the node {1} {2} of note {0} does not exist, and the note is not marked for review</translation>
    </message>
    <message>
        <source>backups/{0} 是之前隔离的损坏数据库</source>
        <translation>backups/{0} is a damaged database set aside earlier</translation>
    </message>
    <message>
        <source>备份 {0} 无法读取：{1}</source>
        <translation>the backup {0} cannot be read: {1}</translation>
    </message>
    <message>
        <source>无法检查搜索索引：{0}</source>
        <translation>cannot check the search index: {0}</translation>
    </message>
    <message>
        <source>搜索索引已损坏，请运行 hzreader reindex 重建</source>
        <translation>the search index is damaged: run hzreader reindex to rebuild it</translation>
    </message>
    <message>
        <source>搜索索引不存在，下次搜索时会自动重建（或运行 reindex）</source>
        <translation>there is no search index: it is rebuilt by itself at the next search (or run reindex)</translation>
    </message>
    <message>
        <source>搜索索引与数据库不一致，下次搜索时会自动重建（或运行 reindex）</source>
        <translation>the search index does not match the database: it is rebuilt by itself at the next search (or run reindex)</translation>
    </message>
    <message>
        <source>搜索索引状态未知：{0}</source>
        <translation>unknown search index state: {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日</source>
        <translation>{1}/{2}/{0}</translation>
    </message>
    <message>
        <source>查询语法有误，已按字面搜索</source>
        <translation>The query&apos;s syntax is wrong; searched for it word for word</translation>
    </message>
    <message>
        <source>查询过长，只用了前{n}个字符</source>
        <translation>The query is too long; only its first {n} characters were used</translation>
    </message>
    <message>
        <source>分解到任务表</source>
        <translation>Put on Task Breakdown</translation>
    </message>
    <message>
        <source>编辑任务</source>
        <translation>Edit Task</translation>
    </message>
    <message>
        <source>从任务表移除</source>
        <translation>Take off Task Breakdown</translation>
    </message>
    <message>
        <source>恢复任务</source>
        <translation>Restore Task</translation>
    </message>
    <message>
        <source>清空任务回收站</source>
        <translation>Empty Task Trash</translation>
    </message>
    <message>
        <source>添加单位 {0}</source>
        <translation>Add Unit {0}</translation>
    </message>
    <message>
        <source>重命名单位 {0} → {1}</source>
        <translation>Rename Unit {0} → {1}</translation>
    </message>
    <message>
        <source>合并单位到 {0}</source>
        <translation>Merge Units into {0}</translation>
    </message>
    <message>
        <source>删除单位 {0}</source>
        <translation>Delete Unit {0}</translation>
    </message>
    <message>
        <source>添加书签</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <source>重命名书签</source>
        <translation>Rename Bookmark</translation>
    </message>
    <message>
        <source>删除书签</source>
        <translation>Delete Bookmark</translation>
    </message>
    <message>
        <source>清除阅读记录</source>
        <translation>Clear Reading Record</translation>
    </message>
</context>
<context>
    <name>NoteCardDelegate</name>
    <message>
        <source>【需复核】</source>
        <translation>[Needs Review] </translation>
    </message>
    <message>
        <source>（无笔记）</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>NoteColor</name>
    <message>
        <source>{0} {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>蓝</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>紫</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Key Point</translation>
    </message>
    <message>
        <source>疑问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>落实</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>引用</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>笔记</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>在这里写笔记，支持 Markdown：**加粗**、*斜体*、- 列表、[链接](https://…)</source>
        <translation>Write the note here in Markdown: **bold**, *italic*, - lists, [links](https://…)</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>删除到回收站(&amp;D)</source>
        <translation>Move to &amp;Trash</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>笔记（Markdown）</source>
        <translation>Note (Markdown)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{0}&#x3000;（原文已变动，这条笔记需要复核）</source>
        <translation>{0}  (the text has changed: this note needs review)</translation>
    </message>
    <message>
        <source>笔记 — {0}</source>
        <translation>Note — {0}</translation>
    </message>
    <message>
        <source>保存笔记？</source>
        <translation>Save the Note?</translation>
    </message>
    <message>
        <source>这条笔记有未保存的修改。</source>
        <translation>This note has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>NoteEditors</name>
    <message>
        <source>笔记已保存（Ctrl+Z 撤销）</source>
        <translation>Note saved (Ctrl+Z to undo)</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>添加笔记(&amp;N)…</source>
        <translation>Add &amp;Note…</translation>
    </message>
    <message>
        <source>为选中的文字写一条笔记（Markdown）</source>
        <translation>Write a note on the selected text (Markdown)</translation>
    </message>
    <message>
        <source>为这一节添加笔记(&amp;W)…</source>
        <translation>Add a Note on &amp;Whole Section…</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>管理标签(&amp;M)…</source>
        <translation>&amp;Manage Tags…</translation>
    </message>
    <message>
        <source>重命名、合并、删除标签，设置颜色的含义</source>
        <translation>Rename, merge and delete tags; say what each color means</translation>
    </message>
    <message>
        <source>回收站(&amp;T)…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>恢复删除的笔记，或清空回收站</source>
        <translation>Restore deleted notes, or empty the trash</translation>
    </message>
    <message>
        <source>高亮(&amp;H)</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <source>把选中的文字标为{0}色（{1}）</source>
        <translation>Highlight the selected text in {0} ({1})</translation>
    </message>
    <message>
        <source>撤销 {0}</source>
        <translation>Undo {0}</translation>
    </message>
    <message>
        <source>重做 {0}</source>
        <translation>Redo {0}</translation>
    </message>
    <message>
        <source>{0}（Ctrl+Z）</source>
        <translation>{0} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{0}（Ctrl+Shift+Z）</source>
        <translation>{0} (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>请先在正文中选中要标注的文字</source>
        <translation>Select the text to mark in the document first</translation>
    </message>
    <message>
        <source>已标注：{0}（Ctrl+Z 撤销）</source>
        <translation>Marked: {0} (Ctrl+Z to undo)</translation>
    </message>
    <message numerus="yes">
        <source>已移到回收站：%n 条（Ctrl+Z 撤销）</source>
        <translation>
            <numerusform>Moved %n note to the trash (Ctrl+Z to undo)</numerusform>
            <numerusform>Moved %n notes to the trash (Ctrl+Z to undo)</numerusform>
        </translation>
    </message>
    <message>
        <source>原文中找不到这条笔记的位置，请复核</source>
        <translation>This note&apos;s place cannot be found in the text: please review it</translation>
    </message>
    <message>
        <source>已撤销：{0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <source>已重做：{0}</source>
        <translation>Redone: {0}</translation>
    </message>
</context>
<context>
    <name>NotesDialogs</name>
    <message>
        <source>标签“{0}”已改为“{1}”（Ctrl+Z 撤销）</source>
        <translation>Tag “{0}” renamed to “{1}” (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>已合并到标签“{0}”（Ctrl+Z 撤销）</source>
        <translation>Merged into the tag “{0}” (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>已删除标签 {0}（Ctrl+Z 撤销）</source>
        <translation>Deleted the tag {0} (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>颜色的含义已保存</source>
        <translation>Color meanings saved</translation>
    </message>
    <message numerus="yes">
        <source>已恢复 %n 条笔记（Ctrl+Z 撤销）</source>
        <translation>
            <numerusform>Restored %n note (Ctrl+Z to undo)</numerusform>
            <numerusform>Restored %n notes (Ctrl+Z to undo)</numerusform>
        </translation>
    </message>
    <message>
        <source>回收站已清空</source>
        <translation>The trash is empty</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>{0}
标签：{1}
创建 {2}&#x3000;修改 {3}</source>
        <translation>{0}
Tags: {1}
Created {2}   Modified {3}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>筛选：引文或笔记中的文字</source>
        <translation>Filter: words in the quote or the note</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation>All colors</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>按原文位置</source>
        <translation>Text order</translation>
    </message>
    <message>
        <source>按创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>按修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>只看原文变动后需要复核的笔记</source>
        <translation>Show only the notes to review after their text has changed</translation>
    </message>
    <message>
        <source>编辑笔记(&amp;E)…</source>
        <translation>&amp;Edit Note…</translation>
    </message>
    <message>
        <source>跳到原文(&amp;J)</source>
        <translation>&amp;Jump to Text</translation>
    </message>
    <message>
        <source>删除到回收站(&amp;D)</source>
        <translation>Move to &amp;Trash</translation>
    </message>
    <message>
        <source>本文档：{0}</source>
        <translation>This document: {0}</translation>
    </message>
    <message>
        <source>正在载入笔记…</source>
        <translation>Loading notes…</translation>
    </message>
    <message>
        <source>需复核</source>
        <translation>Needs review</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条笔记</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>需复核 {0}</source>
        <translation>Needs Review ({0})</translation>
    </message>
</context>
<context>
    <name>OldEditionBanner</name>
    <message>
        <source>旧版 · 现行版本：《{0}》</source>
        <translation>Old edition · current edition: “{0}”</translation>
    </message>
    <message>
        <source>这是旧版本，只供查阅。点击打开现行版本《{0}》</source>
        <translation>This is an old edition, to look things up in. Click to open the current edition “{0}”</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>提纲</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>ParallelPane</name>
    <message>
        <source>右侧对照的文档：文库中的任何一个文档</source>
        <translation>The document read on the right: any document of the library</translation>
    </message>
    <message>
        <source>其他候选条款</source>
        <translation>Other candidate clauses</translation>
    </message>
    <message>
        <source>相关度</source>
        <translation>Relatedness</translation>
    </message>
    <message>
        <source>对照：</source>
        <translation>Beside:</translation>
    </message>
</context>
<context>
    <name>ParallelReading</name>
    <message>
        <source>正在查找对应条款…</source>
        <translation>Looking for the matching clause…</translation>
    </message>
    <message>
        <source>{0}：右侧文档中没有与它对应的条款</source>
        <translation>{0}: the document on the right has no clause that matches it</translation>
    </message>
    <message>
        <source>最接近的是 {0}，相关度 {1}（弱：说的多半不是同一件事）</source>
        <translation>The nearest is {0}, relatedness {1} (weak: most likely not about the same thing)</translation>
    </message>
    <message>
        <source>对应 {0}，相关度 {1}</source>
        <translation>Matches {0}, relatedness {1}</translation>
    </message>
    <message>
        <source>；共同的说法：{0}</source>
        <translation>; shared phrases: {0}</translation>
    </message>
    <message>
        <source>没能找到对应条款。</source>
        <translation>Could not look for the matching clause.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>正在排版《{0}》……</source>
        <translation>Laying out “{0}”…</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>在正文中阅读时，这里列出当前条款在文库其他文档中的相关条款。</source>
        <translation>While you read the text, the clauses of the library&apos;s other documents that relate to the current clause are listed here.</translation>
    </message>
    <message>
        <source>{0} 的相关条款</source>
        <translation>Clauses related to {0}</translation>
    </message>
    <message>
        <source>正在查找相关条款…</source>
        <translation>Looking for related clauses…</translation>
    </message>
    <message>
        <source>{0} 个文档中有 {1} 条相关条款；双击打开</source>
        <translation>{1} related clauses in {0} documents; double-click to open</translation>
    </message>
    <message>
        <source>文库的其他文档中没有与它相关的条款</source>
        <translation>No clause of the library&apos;s other documents relates to it</translation>
    </message>
</context>
<context>
    <name>RelationsController</name>
    <message>
        <source>没能查找相关条款。</source>
        <translation>Could not look for related clauses.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>{0} 条笔记在新版本中没能确定位置，请逐条复核：</source>
        <translation>{0} notes could not be placed in the new edition; please review them one by one:</translation>
    </message>
    <message>
        <source>没有需要复核的笔记。</source>
        <translation>No notes need review.</translation>
    </message>
    <message>
        <source>正在读取需复核的笔记…</source>
        <translation>Reading the notes that need review…</translation>
    </message>
    <message>
        <source>已放到新版 {0}</source>
        <translation>Placed on {0} of the new edition</translation>
    </message>
    <message>
        <source>已改放到新版 {0}</source>
        <translation>Moved to {0} of the new edition</translation>
    </message>
    <message>
        <source>已保留在旧版 {0}</source>
        <translation>Kept on {0} of the old edition</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>（此笔记结构过深，按纯文本显示）</source>
        <translation>(This note is nested too deeply; shown as plain text.)</translation>
    </message>
    <message>
        <source>（此笔记过长，按纯文本显示）</source>
        <translation>(This note is too long; shown as plain text.)</translation>
    </message>
    <message>
        <source>（此笔记标记过于复杂，按纯文本显示）</source>
        <translation>(This note’s markup is too complex; shown as plain text.)</translation>
    </message>
    <message>
        <source>（此笔记无法按 Markdown 显示，按纯文本显示）</source>
        <translation>(This note cannot be shown as Markdown; shown as plain text.)</translation>
    </message>
    <message>
        <source>打开链接</source>
        <translation>Open Link</translation>
    </message>
    <message>
        <source>在浏览器中打开这个网址？
{0}</source>
        <translation>Open this address in the browser?
{0}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>搜索全文和笔记（Ctrl+Shift+F）</source>
        <translation>Search the text and the notes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>空格分开的词都要出现；OR 任一；-词 排除；“短语”；tag:标签  color:颜色  in:notes  doc:文档  measure:9  chapter:三</source>
        <translation>Words separated by spaces must all appear; OR: either; -word: leave out; &quot;exact phrase&quot;; tag:name  color:yellow  in:notes  doc:ID  measure:9  chapter:3</translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>当前文档</source>
        <translation>This document</translation>
    </message>
    <message>
        <source>搜索范围</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <source>最近搜索</source>
        <translation>Recent Searches</translation>
    </message>
    <message>
        <source>（还没有搜索过）</source>
        <translation>(no searches yet)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>建立搜索索引 %p%</source>
        <translation>Building the search index %p%</translation>
    </message>
    <message>
        <source>搜索全文(&amp;S)…</source>
        <translation>&amp;Search Text and Notes…</translation>
    </message>
    <message>
        <source>在全部文档的正文和笔记中搜索</source>
        <translation>Search the text and the notes of every document</translation>
    </message>
    <message>
        <source>在上方搜索框中输入要找的字词</source>
        <translation>Type what to look for in the search box above</translation>
    </message>
    <message>
        <source>正在搜索“{0}”…</source>
        <translation>Searching for “{0}”…</translation>
    </message>
    <message>
        <source>前言</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation>No results for “{0}”</translation>
    </message>
    <message>
        <source>当前文档中没有找到“{0}”</source>
        <translation>No results for “{0}” in this document</translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：当前文档中共 %n 条结果，显示前 {1} 条</source>
        <translation>
            <numerusform>“{0}”: %n result in this document, showing the first {1}</numerusform>
            <numerusform>“{0}”: %n results in this document, showing the first {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：共 %n 条结果，显示前 {1} 条</source>
        <translation>
            <numerusform>“{0}”: %n result, showing the first {1}</numerusform>
            <numerusform>“{0}”: %n results, showing the first {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：当前文档中共 %n 条结果</source>
        <translation>
            <numerusform>“{0}”: %n result in this document</numerusform>
            <numerusform>“{0}”: %n results in this document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{0}”：共 %n 条结果</source>
        <translation>
            <numerusform>“{0}”: %n result</numerusform>
            <numerusform>“{0}”: %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>本文档中没有这一节：{0}</source>
        <translation>This document has no section {0}</translation>
    </message>
    <message>
        <source>搜索没有完成（详情已记入日志）。请换个说法再试。</source>
        <translation>The search did not finish (the details are in the log). Try other words.</translation>
    </message>
    <message>
        <source>正在建立搜索索引（只在第一次或文库变化后）…</source>
        <translation>Building the search index (only the first time, or after the library changed)…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>在上方搜索框中输入要找的字词</source>
        <translation>Type what to look for in the search box above</translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation>Search Results</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>笔记</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>笔记：{0}</source>
        <translation>Note: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>设置(&amp;T)…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <source>字体、行距、纸张、主题、语言、高亮颜色的含义、自动备份</source>
        <translation>Font, line height, paper, theme, language, what the highlight colours mean, automatic backups</translation>
    </message>
    <message>
        <source>设置未能保存</source>
        <translation>Preferences Not Saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>阅读</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>默认（宋体，缺字时换黑体）</source>
        <translation>Default (a Song face, a Hei face where it lacks a character)</translation>
    </message>
    <message>
        <source>字体(&amp;F)：</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>字号(&amp;Z)：</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>行距(&amp;H)：</source>
        <translation>Line &amp;height:</translation>
    </message>
    <message>
        <source>选择颜色(&amp;P)…</source>
        <translation>Choose &amp;Colour…</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>纸张颜色（浅色主题）：</source>
        <translation>Paper colour (light theme):</translation>
    </message>
    <message>
        <source>启动时回到上次阅读的位置(&amp;R)</source>
        <translation>&amp;Return to where I left off when starting</translation>
    </message>
    <message>
        <source>外观</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色（夜间阅读）</source>
        <translation>Dark (night reading)</translation>
    </message>
    <message>
        <source>主题(&amp;T)：</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>高亮颜色的含义</source>
        <translation>What the Highlight Colours Mean</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic Backups</translation>
    </message>
    <message>
        <source>留空则放在数据目录的 backups 文件夹；已有的备份留在原处</source>
        <translation>Empty: the backups folder of the data dir. Copies made before stay where they are</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>备份位置：</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>另外，近一个月每天保留一份</source>
        <translation>Besides, one copy a day of the last month is kept</translation>
    </message>
    <message>
        <source>保留最近(&amp;K)：</source>
        <translation>&amp;Keep the latest:</translation>
    </message>
    <message>
        <source>纸张颜色</source>
        <translation>Paper Colour</translation>
    </message>
    <message>
        <source>这个颜色太深，文字会看不清；请选浅一些的颜色。</source>
        <translation>The text would be hard to read on so dark a colour; please choose a lighter one.</translation>
    </message>
    <message>
        <source>自动备份的位置</source>
        <translation>Folder for Automatic Backups</translation>
    </message>
</context>
<context>
    <name>StudyMarks</name>
    <message>
        <source>已批注</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>已读</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>未读</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>已读 {0}/{1} 条，批注 {2} 条</source>
        <translation>{0} of {1} read, {2} annotated</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>重命名标签</source>
        <translation>Rename Tag</translation>
    </message>
    <message>
        <source>“{0}”的新名称（与已有标签同名则合并；用 / 分级）：</source>
        <translation>New name for “{0}” (the name of an existing tag merges the two; / makes levels):</translation>
    </message>
    <message>
        <source>标签颜色</source>
        <translation>Tag Color</translation>
    </message>
    <message>
        <source>删除标签</source>
        <translation>Delete Tag</translation>
    </message>
    <message>
        <source>从所有笔记上去掉标签 {0}？笔记本身不会删除，可以撤销。</source>
        <translation>Take the tag {0} off every note? The notes themselves are not deleted, and you can undo this.</translation>
    </message>
    <message>
        <source>管理标签</source>
        <translation>Manage Tags</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>笔记数</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>颜色的含义</source>
        <translation>What the Colors Mean</translation>
    </message>
    <message>
        <source>重命名(&amp;R)…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>合并(&amp;M)…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>颜色(&amp;C)…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>去掉颜色</source>
        <translation>Remove Color</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>保存颜色含义(&amp;S)</source>
        <translation>&amp;Save Meanings</translation>
    </message>
    <message>
        <source>合并标签</source>
        <translation>Merge Tags</translation>
    </message>
    <message>
        <source>请先选中两个或更多标签。</source>
        <translation>Select two or more tags first.</translation>
    </message>
    <message>
        <source>合并到：</source>
        <translation>Merge into:</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>标签，用逗号或空格分开，如 部门/发改, 住房</source>
        <translation>Tags, separated by commas or spaces, e.g. departments/planning, housing</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>全部笔记</source>
        <translation>All notes</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>重命名标签(&amp;R)…</source>
        <translation>&amp;Rename Tag…</translation>
    </message>
    <message>
        <source>标签颜色(&amp;C)…</source>
        <translation>Tag &amp;Color…</translation>
    </message>
    <message>
        <source>删除标签(&amp;D)</source>
        <translation>&amp;Delete Tag</translation>
    </message>
    <message>
        <source>管理标签(&amp;M)…</source>
        <translation>&amp;Manage Tags…</translation>
    </message>
</context>
<context>
    <name>TargetsController</name>
    <message>
        <source>本文档中没有这一句：{0}</source>
        <translation>This document has no sentence {0}</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>＝</source>
        <translation>=</translation>
    </message>
    <message>
        <source>章</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>条目</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>最新实际值</source>
        <translation>Latest Actual</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>最新实际值对照目标：
≥、＝：实际值 ÷ 目标值，达到目标即达标；
≤：不超过目标即达标，否则显示超出多少；
≈（左右）：与目标偏差在 ±10% 以内即达标。</source>
        <translation>The latest actual value against the goal:
≥, =: actual ÷ goal; met once the goal is reached;
≤: met while not above the goal, else shows by how much it is over;
≈ (about): met within ±10% of the goal.</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>第{0}条</source>
        <translation>Measure {0}</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>超出</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>偏差</source>
        <translation>Off target</translation>
    </message>
    <message>
        <source>超出 {0}</source>
        <translation>Over by {0}</translation>
    </message>
    <message>
        <source>偏差 {0}</source>
        <translation>Off by {0}</translation>
    </message>
    <message>
        <source>上一版（《{0}》）没有这一指标</source>
        <translation>The previous edition (“{0}”) has no such target</translation>
    </message>
    <message>
        <source>上一版（《{0}》）：{1}，这一版改为 {2}</source>
        <translation>The previous edition (“{0}”): {1}; this edition: {2}</translation>
    </message>
    <message>
        <source>与上一版（《{0}》）相同</source>
        <translation>The same as in the previous edition (“{0}”)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>（共 %n 条记录）</source>
        <translation>
            <numerusform> (%n record)</numerusform>
            <numerusform> (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>不低于</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>不高于</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>左右</source>
        <translation>about</translation>
    </message>
    <message>
        <source>达到</source>
        <translation>reach</translation>
    </message>
    <message>
        <source>按章筛选</source>
        <translation>Filter by chapter</translation>
    </message>
    <message>
        <source>按单位筛选</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>按比较方式筛选</source>
        <translation>Filter by comparison</translation>
    </message>
    <message>
        <source>全部比较</source>
        <translation>All comparisons</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>按进度筛选</source>
        <translation>Filter by progress</translation>
    </message>
    <message>
        <source>全部进度</source>
        <translation>Any progress</translation>
    </message>
    <message>
        <source>已达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>筛选指标或原文…</source>
        <translation>Filter targets or text…</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export Ledger</translation>
    </message>
    <message>
        <source>实际值记录</source>
        <translation>Recorded Values</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>记录实际值(&amp;R)…</source>
        <translation>&amp;Record Actual Value…</translation>
    </message>
    <message>
        <source>删除所选记录(&amp;D)</source>
        <translation>&amp;Delete Selected Records</translation>
    </message>
    <message>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>导出为 Markdown…</source>
        <translation>Export as Markdown…</translation>
    </message>
    <message>
        <source>导出为 Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <source>导出为 Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <source>导出图表为 PNG…</source>
        <translation>Export Chart as PNG…</translation>
    </message>
    <message>
        <source>（无章）</source>
        <translation>(no chapter)</translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>全部章节</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <source>%n 项指标</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} / %n 项指标</source>
        <translation>
            <numerusform>{0} of %n target</numerusform>
            <numerusform>{0} of %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>删除所选的 %n 条实际值记录？此操作不能撤销。</source>
        <translation>
            <numerusform>Delete the selected actual value? This cannot be undone.</numerusform>
            <numerusform>Delete the %n selected actual values? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>已把图表存为 {0}</source>
        <translation>Chart saved as {0}</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 项指标到 {0}</source>
        <translation>
            <numerusform>Exported %n target to {0}</numerusform>
            <numerusform>Exported %n targets to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>已记录：{0}</source>
        <translation>Recorded: {0}</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>Delete Records</translation>
    </message>
    <message>
        <source>导出指标台账</source>
        <translation>Export Targets Ledger</translation>
    </message>
    <message>
        <source>指标台账.{0}</source>
        <translation>Targets ledger.{0}</translation>
    </message>
    <message>
        <source>正在导出指标台账…</source>
        <translation>Exporting the targets ledger…</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>编辑任务</source>
        <translation>Edit Task</translation>
    </message>
    <message>
        <source>分解到任务表</source>
        <translation>Put on Task Breakdown</translation>
    </message>
    <message>
        <source>多个单位用“、”分开</source>
        <translation>Separate several units with commas</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>2025、2025-06、2025-06-30 或 2025年6月</source>
        <translation>2025, 2025-06 or 2025-06-30</translation>
    </message>
    <message>
        <source>进展情况或备注（可用 Markdown）</source>
        <translation>Progress or remark (Markdown may be used)</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Partner units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>原文没有写明牵头单位。</source>
        <translation>The text names no lead unit.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>原文写明：牵头 {0}；责任 {1}</source>
        <translation>The text names: lead {0}; partners {1}</translation>
    </message>
    <message>
        <source>请填写牵头单位</source>
        <translation>Please fill in the lead unit</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>滞后</source>
        <translation>Behind</translation>
    </message>
</context>
<context>
    <name>TasksController</name>
    <message>
        <source>分解到任务表(&amp;J)…</source>
        <translation>Put on Task &amp;Breakdown…</translation>
    </message>
    <message>
        <source>把光标或选中文字所在的条款放进任务分解表</source>
        <translation>Put the clause holding the cursor or the selection on the task breakdown</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>请先在正文中点一下要分解的条款</source>
        <translation>Click the clause to put on the task breakdown in the text first</translation>
    </message>
    <message>
        <source>本文档中没有这一节：{0}</source>
        <translation>This document has no section {0}</translation>
    </message>
    <message>
        <source>已分解到任务表：{0}（Ctrl+Z 撤销）</source>
        <translation>On the task breakdown: {0} (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>原文中找不到这一条（{0}），请复核</source>
        <translation>This clause ({0}) is no longer in the text; please review it</translation>
    </message>
    <message>
        <source>已移出任务表：{0} 项（Ctrl+Z 撤销）</source>
        <translation>Taken off the task breakdown: {0} (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>导出任务分解表</source>
        <translation>Export Task Breakdown</translation>
    </message>
    <message>
        <source>正在导出任务分解表…</source>
        <translation>Exporting the task breakdown…</translation>
    </message>
    <message>
        <source>已导出 {0} 项任务到 {1}</source>
        <translation>Exported {0} tasks to {1}</translation>
    </message>
    <message>
        <source>已恢复 {0} 项任务（Ctrl+Z 撤销）</source>
        <translation>Restored {0} tasks (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>已清空任务回收站：{0} 项（Ctrl+Z 撤销）</source>
        <translation>Task trash emptied: {0} tasks (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead Unit</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Partner Units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>原文中已找不到这一条，请复核</source>
        <translation>This clause is no longer in the text; please review it</translation>
    </message>
    <message>
        <source>已过完成时限</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <source>{0}（逾期）</source>
        <translation>{0} (overdue)</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>导出为 Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <source>导出为 Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>导出为 Markdown…</source>
        <translation>Export as Markdown…</translation>
    </message>
    <message>
        <source>本文档或全部文档</source>
        <translation>This document or all documents</translation>
    </message>
    <message>
        <source>本文档</source>
        <translation>This document</translation>
    </message>
    <message>
        <source>全部文档</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>按单位筛选（牵头或参与）</source>
        <translation>Filter by unit (lead or partner)</translation>
    </message>
    <message>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>按章节筛选</source>
        <translation>Filter by chapter</translation>
    </message>
    <message>
        <source>全部章节</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>单位…</source>
        <translation>Units…</translation>
    </message>
    <message>
        <source>管理单位：重命名、合并</source>
        <translation>Manage the units: rename, merge</translation>
    </message>
    <message>
        <source>回收站…</source>
        <translation>Trash…</translation>
    </message>
    <message>
        <source>编辑任务(&amp;E)…</source>
        <translation>&amp;Edit Task…</translation>
    </message>
    <message>
        <source>从任务表移除(&amp;D)</source>
        <translation>Remove from Task Break&amp;down</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>{0} 项任务</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <source>{0} / {1} 项任务</source>
        <translation>{0} / {1} tasks</translation>
    </message>
    <message>
        <source>，{0} 项逾期</source>
        <translation>, {0} overdue</translation>
    </message>
    <message>
        <source>跳到原文</source>
        <translation>Go to the text</translation>
    </message>
</context>
<context>
    <name>TasksTrash</name>
    <message>
        <source>任务回收站</source>
        <translation>Task Trash</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead Unit</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>移除时间</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>清空回收站…</source>
        <translation>Empty Trash…</translation>
    </message>
    <message>
        <source>回收站中有 {0} 项任务；恢复后回到任务表。</source>
        <translation>{0} tasks in the trash; restored, they go back on the task breakdown.</translation>
    </message>
    <message>
        <source>任务回收站是空的。</source>
        <translation>The task trash is empty.</translation>
    </message>
    <message>
        <source>清空任务回收站</source>
        <translation>Empty Task Trash</translation>
    </message>
    <message>
        <source>永久删除回收站中的 {0} 项任务？
关闭程序后将无法撤销。</source>
        <translation>Delete the {0} tasks in the trash for good?
Once the program is closed this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>引文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>笔记</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>清空回收站(&amp;E)…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message numerus="yes">
        <source>回收站中有 %n 条笔记；恢复后回到原处。</source>
        <translation>
            <numerusform>%n note in the trash; a restored note goes back where it was.</numerusform>
            <numerusform>%n notes in the trash; restored notes go back where they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>永久删除回收站中的 %n 条笔记？
关闭程序后将无法撤销。</source>
        <translation>
            <numerusform>Delete the note in the trash for good?
Once the program is closed this cannot be undone.</numerusform>
            <numerusform>Delete the %n notes in the trash for good?
Once the program is closed this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>今天 {0}</source>
        <translation>Today {0}</translation>
    </message>
    <message>
        <source>昨天 {0}</source>
        <translation>Yesterday {0}</translation>
    </message>
    <message>
        <source>{0}月{1}日 {2}</source>
        <translation>{0}/{1} {2}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日</source>
        <translation>{1}/{2}/{0}</translation>
    </message>
    <message>
        <source>清空回收站</source>
        <translation>Empty Trash</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>管理单位</source>
        <translation>Manage Units</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>参与</source>
        <translation>Partner in</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>（原文）</source>
        <translation>(in the text)</translation>
    </message>
    <message>
        <source>共 {0} 个单位。重命名到已有的名称即合并；合并后原名称不再使用。</source>
        <translation>{0} units. Renaming to a name already used merges the two; the old name is then no longer used.</translation>
    </message>
    <message>
        <source>重命名单位</source>
        <translation>Rename Unit</translation>
    </message>
    <message>
        <source>“{0}”改为：</source>
        <translation>Rename “{0}” to:</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <source>把所选的 {0} 个单位合并到：</source>
        <translation>Merge the {0} units chosen into:</translation>
    </message>
    <message>
        <source>添加单位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Unit name:</translation>
    </message>
</context>
<context>
    <name>VersionsController</name>
    <message>
        <source>导入本文档的新版本(&amp;I)…</source>
        <translation>&amp;Import New Edition of This Document…</translation>
    </message>
    <message>
        <source>把一个文件作为当前文档的新版本导入，笔记随之带到新版本</source>
        <translation>Import a file as a new edition of the current document; its notes move to the new edition</translation>
    </message>
    <message>
        <source>本文档的版本：</source>
        <translation>Editions of this document:</translation>
    </message>
    <message>
        <source>{0}（现行版本，{1} 导入）</source>
        <translation>{0} (current edition, imported {1})</translation>
    </message>
    <message>
        <source>{0}（旧版，{1} 导入）</source>
        <translation>{0} (old edition, imported {1})</translation>
    </message>
    <message>
        <source>导入新版本《{0}》</source>
        <translation>Import New Edition “{0}”</translation>
    </message>
    <message>
        <source>已作为新版本导入《{0}》：{1} 条笔记已带到新版本，{2} 条待复核（Ctrl+Z 撤销）</source>
        <translation>Imported “{0}” as a new edition: {1} notes moved to it, {2} to review (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>已作为新版本导入《{0}》：{1} 条笔记全部带到新版本（Ctrl+Z 撤销）</source>
        <translation>Imported “{0}” as a new edition: all {1} notes moved to it (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>改放笔记</source>
        <translation>Move Note</translation>
    </message>
    <message>
        <source>把笔记放到新版的哪个条款上：</source>
        <translation>Which clause of the new edition to put the note on:</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>复制并附引文(&amp;Y)</source>
        <translation>Cop&amp;y with Citation</translation>
    </message>
    <message>
        <source>复制选中的文字，并在下一行附上它的出处</source>
        <translation>Copy the selected text, with where it comes from on the next line</translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>放大(&amp;I)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>缩小(&amp;O)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>原始大小(&amp;0)</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <source>关于 hzreader(&amp;A)</source>
        <translation>&amp;About hzreader</translation>
    </message>
    <message>
        <source>导入文档(&amp;I)…</source>
        <translation>&amp;Import Document…</translation>
    </message>
    <message>
        <source>把 .txt、.md 或 .docx 文件加入文库</source>
        <translation>Add a .txt, .md or .docx file to the library</translation>
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <source>（无笔记）</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>旧版 {0}：{1}</source>
        <translation>Old edition {0}: {1}</translation>
    </message>
    <message>
        <source>新版候选 {0}：{1}</source>
        <translation>Candidate in the new edition {0}: {1}</translation>
    </message>
    <message>
        <source>新版中没有找到合适的位置</source>
        <translation>No fitting place found in the new edition</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>把笔记放到新版的候选条款上</source>
        <translation>Put the note on the candidate clause of the new edition</translation>
    </message>
    <message>
        <source>改放…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>在新版中另选一个条款放这条笔记</source>
        <translation>Choose another clause of the new edition for this note</translation>
    </message>
    <message>
        <source>保留在旧版</source>
        <translation>Keep on Old Edition</translation>
    </message>
    <message>
        <source>笔记留在旧版的原条款上，不再列为需复核</source>
        <translation>The note stays on its clause of the old edition and no longer needs review</translation>
    </message>
    <message>
        <source>看旧版原文</source>
        <translation>Show Old Text</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>已达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>有望达标</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>落后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>选择一项指标，看它的实际值和目标</source>
        <translation>Choose a target to see its actual values and goal</translation>
    </message>
    <message>
        <source>{0}&#x3000;目标 {1}（{2}年）</source>
        <translation>{0} – goal {1} ({2})</translation>
    </message>
    <message>
        <source>{0}&#x3000;目标 {1}</source>
        <translation>{0} – goal {1}</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>尚未记录实际值（双击指标记录）</source>
        <translation>No actual value recorded yet (double-click a target to record one)</translation>
    </message>
    <message>
        <source>全部指标进度（共 {0} 项）</source>
        <translation>Progress of all targets ({0} in all)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>第{0}部分</source>
        <translation>Part {0}</translation>
    </message>
    <message>
        <source>另有 {0} 个部分（放大窗口可见）</source>
        <translation>{0} more parts (enlarge the window to see them)</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>无法完成</source>
        <translation>Could Not Be Done</translation>
    </message>
    <message>
        <source>hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。
已保存的笔记和阅读位置不受影响。
详情已记入日志：{1}</source>
        <translation>hzreader ran into an unexpected problem ({0}); what you just did may not have been completed.
The notes and reading positions already saved are not affected.
The details are in the log: {1}</translation>
    </message>
    <message>
        <source>hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。
已保存的笔记和阅读位置不受影响。
详情已记入日志。</source>
        <translation>hzreader ran into an unexpected problem ({0}); what you just did may not have been completed.
The notes and reading positions already saved are not affected.
The details are in the log.</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something Went Wrong</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>{0}（旧版）</source>
        <translation>{0} (old edition)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>hzreader（便携模式）</source>
        <translation>hzreader (portable)</translation>
    </message>
    <message>
        <source>hzreader 已在运行</source>
        <translation>hzreader Is Already Running</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot Open the Data</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>The Database Is Damaged</translation>
    </message>
    <message>
        <source>数据库已损坏，已原样移到 backups/{0}（没有删除）。

最新的完好备份是 {1} 的，含 {2} 条笔记。现在恢复它吗？</source>
        <translation>The database is damaged. It was moved, as it is, to backups/{0} (nothing was deleted).

The newest intact backup is from {1}; notes in it: {2}. Restore it now?</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot Restore</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>（进程 {0}）</source>
        <translation> (process {0})</translation>
    </message>
    <message>
        <source>这个数据目录已经在另一个 hzreader 窗口中打开{0}，但它没有响应。
请切换到那个窗口；如果它已卡住，请先关闭它再打开 hzreader。</source>
        <translation>This data folder is already open in another hzreader window{0}, but that window does not answer.
Switch to it; if it is stuck, close it first, then open hzreader again.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
</TS>
