<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt's Chinese catalog (qtbase_zh_CN.qm) lacks: Qt 6 gave the file
     dialog's labels mnemonics (&Look in:, Files of &type:) and moved the file type names
     (Folder, Drive, %1 File, ...) to QAbstractFileIconProvider; the catalog still holds the
     Qt 5 texts under QFileDialog, so the dialog showed these in English. The translations
     are Qt's own, from the catalog's QFileDialog entries.
     Loaded after qtbase_zh_CN by hzreader.ui.shell.launch; rebuild the .qm with
     pyside6-lrelease resources/i18n/qt_gaps_zh_CN.ts -qm resources/i18n/qt_gaps_zh_CN.qm -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>File Folder</source><translation>文件夹</translation></message>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>Alias</source><translation>别名</translation></message>
    <message><source>Shortcut</source><translation>快捷方式</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>Unknown</source><translation>未知</translation></message>
</context>
</TS>
