<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paperboy::MainWindow</name>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Fetch today</source>
        <translation>获取今日论文</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The cache cannot be opened: %1</source>
        <translation>无法打开缓存：%1</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>获取失败</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No papers yet: click Fetch today.</source>
        <translation>还没有论文：请点击“获取今日论文”。</translation>
    </message>
    <message>
        <source>%1: %2 announced, %3 kept</source>
        <translation>%1：发布 %2 篇，保留 %3 篇</translation>
    </message>
    <message>
        <source>Abstract page</source>
        <translation>摘要页面</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score the day&apos;s papers against your criteria</source>
        <translation>按您的标准为当天的论文评分</translation>
    </message>
    <message>
        <source>Scoring: %1 of %2 papers, %3 tokens, $%4</source>
        <translation>评分中：%2 篇中的 %1 篇，%3 个词元，$%4</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>评分失败</translation>
    </message>
    <message>
        <source>Relevance %1</source>
        <translation>相关性 %1</translation>
    </message>
    <message>
        <source>Novelty %1</source>
        <translation>新颖性 %1</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Star or unstar the selected paper</source>
        <translation>为所选论文加星标或取消星标</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>论文(&amp;P)</translation>
    </message>
    <message>
        <source>Could not save the star: %1</source>
        <translation>无法保存星标：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::PaperTableModel</name>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
</TS>
