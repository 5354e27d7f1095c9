<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings Qt's own zh_CN catalogue (qtbase_zh_CN.qm) lacks, seen in its file, print and page-setup dialogs.
     Loaded after Qt's catalogue by lz_desktop/ui/qt_supplement.py; matched by source text. Add a message here
     when a Qt dialog shows English (tests/ui/test_qt_chinese.py lists every visible string of those dialogs). -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Look in:</source><translation>查找范围：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>Files of type:</source><translation>文件类型：</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
    <message><source>File Folder</source><translation>文件夹</translation></message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message><source>Page &amp;Set:</source><translation>打印页面(&amp;S)：</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Page &amp;order:</source><translation>页面顺序(&amp;O)：</translation></message>
    <message><source>Pages &amp;per sheet:</source><translation>每张页数(&amp;P)：</translation></message>
</context>
</TS>
