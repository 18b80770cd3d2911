<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnounceTypeText</name>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>new submission</source>
        <translation>新投稿</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>交叉</translation>
    </message>
    <message>
        <source>cross-list</source>
        <translation>交叉列出</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>替换版本</translation>
    </message>
    <message>
        <source>replace-cross</source>
        <translation>交叉替换</translation>
    </message>
    <message>
        <source>cross-listed replacement</source>
        <translation>交叉列出论文的替换版本</translation>
    </message>
    <message>
        <source>abstract only</source>
        <translation>仅摘要</translation>
    </message>
    <message>
        <source>abstract update</source>
        <translation>摘要更新</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Fetch Today</source>
        <translation>获取今日论文(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch today&apos;s announcement for your categories</source>
        <translation>获取您所关注分类的今日公告</translation>
    </message>
    <message>
        <source>Fetch a &amp;Past Day…</source>
        <translation>获取过去某天(&amp;P)…</translation>
    </message>
    <message>
        <source>Rebuild an earlier day&apos;s announcement from the arXiv API</source>
        <translation>通过 arXiv API 重建较早某天的公告</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>Score the day&apos;s papers against your criteria</source>
        <translation>按您的评分标准为当天的论文评分</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;Selected to BibTeX…</source>
        <translation>将所选论文导出为 BibTeX(&amp;S)…</translation>
    </message>
    <message>
        <source>Export S&amp;tarred to BibTeX…</source>
        <translation>将收藏的论文导出为 BibTeX(&amp;T)…</translation>
    </message>
    <message>
        <source>Every starred paper, from all days</source>
        <translation>所有日期中收藏的全部论文</translation>
    </message>
    <message>
        <source>Export the &amp;Day to BibTeX…</source>
        <translation>将当天导出为 BibTeX(&amp;D)…</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as &amp;Markdown…</source>
        <translation>将当天日报导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as &amp;JSON…</source>
        <translation>将当天日报导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>评分标准(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit what you are looking for</source>
        <translation>编辑您要寻找的内容</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy BibTeX</source>
        <translation>复制 BibTeX(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the BibTeX of the selected papers</source>
        <translation>复制所选论文的 BibTeX</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search every paper in the cache</source>
        <translation>搜索缓存中的所有论文</translation>
    </message>
    <message>
        <source>&amp;All Papers</source>
        <translation>全部论文(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Relevant</source>
        <translation>相关(&amp;R)</translation>
    </message>
    <message>
        <source>Papers above your relevance and novelty cut-offs</source>
        <translation>达到您的相关性和新颖性阈值的论文</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>已收藏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>未读(&amp;U)</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Papers</source>
        <translation>显示已隐藏的论文(&amp;H)</translation>
    </message>
    <message>
        <source>Show the papers marked “not interested”</source>
        <translation>显示标记为“不感兴趣”的论文</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>后一天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>图表(&amp;C)…</translation>
    </message>
    <message>
        <source>The day&apos;s scores, and papers, relevant papers and cost over the last 30 days</source>
        <translation>当天的评分，以及最近 30 天的论文数、相关论文数和费用</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>下一篇论文(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>上一篇论文(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the abstract to read it</source>
        <translation>转到摘要进行阅读</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>收藏(&amp;S)</translation>
    </message>
    <message>
        <source>Star or unstar the selected papers</source>
        <translation>收藏或取消收藏所选论文</translation>
    </message>
    <message>
        <source>Not &amp;Interested</source>
        <translation>不感兴趣(&amp;I)</translation>
    </message>
    <message>
        <source>Hide the selected papers; the offline scorer learns from it</source>
        <translation>隐藏所选论文；离线评分器会从中学习</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Abstract Page</source>
        <translation>打开摘要页面(&amp;O)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>打开 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Paperboy</source>
        <translation>关于 Paperboy(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>论文(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Score These F&amp;ully</source>
        <translation>完整评分(&amp;U)</translation>
    </message>
    <message>
        <source>Send the papers the title pass set aside through the full scoring, abstract and all</source>
        <translation>将标题预筛搁置的论文连同摘要进行完整评分</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last star, hide or read change</source>
        <translation>撤回最近一次加星、隐藏或已读更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark Day as Read</source>
        <translation>将当天标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark every paper of the day shown read</source>
        <translation>将所显示当天的全部论文标为已读</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as a &amp;Web Page…</source>
        <translation>将当天摘要导出为网页(&amp;W)…</translation>
    </message>
    <message>
        <source>One page that opens in any browser, offline, on a phone or printed</source>
        <translation>一个网页，可在任何浏览器中离线打开，适合手机和打印</translation>
    </message>
    <message>
        <source>&amp;Build Web Site of the Cache…</source>
        <translation>生成缓存的网站(&amp;B)…</translation>
    </message>
    <message>
        <source>A page for every day in the cache, a list of the days and a feed, in one folder</source>
        <translation>缓存中每天一个页面、一份日期列表和一个订阅源，放在同一个文件夹中</translation>
    </message>
    <message>
        <source>&amp;Append Starred to Bibliography</source>
        <translation>将星标论文追加到参考文献库(&amp;A)</translation>
    </message>
    <message>
        <source>Add the starred papers your bibliography file does not cite yet, keeping what it holds</source>
        <translation>添加参考文献文件中尚未引用的星标论文，保留其原有内容</translation>
    </message>
    <message>
        <source>Send Starred to &amp;Zotero</source>
        <translation>将星标论文发送到 Zotero(&amp;Z)</translation>
    </message>
    <message>
        <source>Save every starred paper into the collection selected in Zotero</source>
        <translation>将每篇星标论文保存到 Zotero 中选定的文献集</translation>
    </message>
    <message>
        <source>&amp;Import Library…</source>
        <translation>导入文献库(&amp;I)…</translation>
    </message>
    <message>
        <source>Star the arXiv papers a .bib from Zotero or JabRef cites, fetching those not cached</source>
        <translation>为 Zotero 或 JabRef 导出的 .bib 所引用的 arXiv 论文加星标，并获取缓存中没有的论文</translation>
    </message>
    <message>
        <source>Send to &amp;Zotero</source>
        <translation>发送到 Zotero(&amp;Z)</translation>
    </message>
    <message>
        <source>Save the selected papers into the collection selected in Zotero</source>
        <translation>将选中的论文保存到 Zotero 中选定的文献集</translation>
    </message>
    <message>
        <source>Stop the running fetch, scoring, library import or site build</source>
        <translation>停止正在进行的获取、评分、文献库导入或网站生成</translation>
    </message>
</context>
<context>
    <name>paperboy::ApiParser</name>
    <message>
        <source>the arXiv API sent an empty response</source>
        <translation>arXiv API 返回了空响应</translation>
    </message>
    <message>
        <source>the arXiv API sent a web page instead of a feed</source>
        <translation>arXiv API 返回的是网页，而不是订阅源</translation>
    </message>
    <message>
        <source>the arXiv API sent malformed XML (%1)</source>
        <translation>arXiv API 返回了格式错误的 XML（%1）</translation>
    </message>
    <message>
        <source>the arXiv API sent XML that is not an Atom feed</source>
        <translation>arXiv API 返回的 XML 不是 Atom 订阅源</translation>
    </message>
    <message>
        <source>the arXiv API response ends early (truncated XML)</source>
        <translation>arXiv API 的响应提前结束（XML 被截断）</translation>
    </message>
    <message>
        <source>the arXiv API says: %1</source>
        <translation>arXiv API 提示：%1</translation>
    </message>
    <message>
        <source>the arXiv API sent a malformed answer: %1</source>
        <translation>arXiv API 返回了格式错误的应答：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::ArxivConfig</name>
    <message>
        <source>%1=&apos;%2&apos; is not an http(s) URL like http://127.0.0.1:8080</source>
        <translation>%1=&apos;%2&apos; 不是 http(s) URL（例如 http://127.0.0.1:8080）</translation>
    </message>
</context>
<context>
    <name>paperboy::ArxivHttp</name>
    <message>
        <source>the feed from %1 is larger than %2, more than any real day</source>
        <translation>来自 %1 的订阅源大于 %2，超过任何真实的一天</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2, more than any real page of the API</source>
        <translation>来自 %1 的应答大于 %2，超过 API 任何真实的一页</translation>
    </message>
    <message>
        <source>arXiv did not finish answering within %1 s</source>
        <translation>arXiv 未在 %1 秒内完成响应</translation>
    </message>
    <message>
        <source>arXiv did not answer within %1 s</source>
        <translation>arXiv 未在 %1 秒内响应</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>连接在完整响应到达之前就已关闭</translation>
    </message>
    <message>
        <source>the server sent compressed data that could not be decompressed</source>
        <translation>服务器发送的压缩数据无法解压</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>paperboy::BibliographySettings</name>
    <message>
        <source>Append each paper I &amp;star automatically</source>
        <translation>自动追加我加星标(&amp;S)的每篇论文</translation>
    </message>
    <message>
        <source>None: choose the .bib your LaTeX cites or JabRef keeps</source>
        <translation>无：请选择 LaTeX 引用或 JabRef 维护的 .bib</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Bibliography &amp;file:</source>
        <translation>参考文献文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A starred paper the file does not cite yet is added after its entries, which stay as they are; taking a star back leaves the entry in the file. File → Export → Append Starred to Bibliography adds every starred paper.</source>
        <translation>文件尚未引用的星标论文会追加在其条目之后，原有条目保持不变；取消星标不会从文件中删除条目。文件 → 导出 → 将星标论文追加到参考文献库 会添加所有星标论文。</translation>
    </message>
    <message>
        <source>Bibliography File</source>
        <translation>参考文献文件</translation>
    </message>
    <message>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX 文件 (*.bib);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>paperboy::BibtexAppend</name>
    <message>
        <source>cannot append to %1: it is not a regular file</source>
        <translation>无法追加到 %1：它不是普通文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data)</source>
        <translation>%1 不是文本文件（其中含有二进制数据）</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: UTF-8 entries would mix two encodings in it</source>
        <translation>%1 不是 UTF-8 编码：追加 UTF-8 条目会使其中混用两种编码</translation>
    </message>
    <message>
        <source>%1 ends inside an unfinished entry (line %2): what is appended would be read as part of it</source>
        <translation>%1 结束于一个未完成的条目（第 %2 行）：追加的内容会被当作该条目的一部分</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to append: %n paper(s) already in %1, none new; the file was not changed.</source>
        <translation>
            <numerusform>无可追加：%n 篇论文已在 %1 中，没有新的；文件未被修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1.</source>
        <translation>
            <numerusform>已将 %n 篇论文追加到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1; %2 already there.</source>
        <translation>
            <numerusform>已将 %n 篇论文追加到 %1；%2 篇已在其中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large for a bibliography</source>
        <translation>%1 大于 %2 MiB，作为参考文献库过大</translation>
    </message>
    <message>
        <source>%1 is locked by another program changing it; try again</source>
        <translation>%1 正被另一个程序锁定修改；请重试</translation>
    </message>
</context>
<context>
    <name>paperboy::CacheProblemPanel</name>
    <message>
        <source>The cache is damaged</source>
        <translation>缓存已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so Paperboy cannot read it. Nothing was changed. Move it aside to keep it and start a new, empty cache, or choose another cache file.</source>
        <translation>%1 已损坏或不是数据库，Paperboy 无法读取。未做任何更改。可将其移到一旁保留，并新建一个空缓存；或选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so Paperboy cannot read it. Nothing was changed. It is not Paperboy&apos;s usual cache, so it stays where it is: choose another cache file.</source>
        <translation>%1 已损坏或不是数据库，Paperboy 无法读取。未做任何更改。它不是 Paperboy 的默认缓存，因此保持原位：请选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>The cache was made by a newer Paperboy</source>
        <translation>该缓存由更新版本的 Paperboy 创建</translation>
    </message>
    <message>
        <source>%1 was made by a newer Paperboy, which this version cannot read. It was left as it was: update Paperboy to open it, or choose another cache file.</source>
        <translation>%1 由更新版本的 Paperboy 创建，当前版本无法读取。它保持原样：请更新 Paperboy 后再打开，或选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>This is not a Paperboy cache</source>
        <translation>这不是 Paperboy 缓存</translation>
    </message>
    <message>
        <source>%1 is another application&apos;s database. It was left as it was: choose another cache file.</source>
        <translation>%1 是其他应用程序的数据库。它保持原样：请选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>Paperboy may not use the cache</source>
        <translation>Paperboy 无权使用该缓存</translation>
    </message>
    <message>
        <source>%1 or its folder cannot be read or written. Nothing was changed: fix its permissions and try again, or choose another cache file.</source>
        <translation>无法读取或写入 %1 或其所在文件夹。未做任何更改：请修正权限后重试，或选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>%1 cannot be opened while the disk is full. Nothing was changed: free some space and try again, or choose another cache file.</source>
        <translation>磁盘已满，无法打开 %1。未做任何更改：请释放一些空间后重试，或选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>The cache cannot be opened</source>
        <translation>无法打开缓存</translation>
    </message>
    <message>
        <source>%1 cannot be opened. Nothing was changed: try again, or choose another cache file.</source>
        <translation>无法打开 %1。未做任何更改：请重试，或选择另一个缓存文件。</translation>
    </message>
    <message>
        <source>Move It Aside and Start a New Cache</source>
        <translation>将其移到一旁并新建缓存</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>paperboy::CacheRescue</name>
    <message>
        <source>there is no file %1 to move aside</source>
        <translation>没有可移到一旁的文件 %1</translation>
    </message>
    <message>
        <source>cannot find a free name beside %1 to move it to</source>
        <translation>在 %1 旁边找不到可用的文件名来移动它</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
</context>
<context>
    <name>paperboy::ChartsDialog</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Scores on %1</source>
        <translation>%1 的评分</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n paper(s)</source>
        <translation>
            <numerusform>%1 %2：%n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform>（%n 篇未评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>cut-off %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1：%n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n relevant of %2 scored</source>
        <translation>
            <numerusform>%1：已评分 %2 篇，其中 %n 篇相关</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: $%2 for %3 tokens</source>
        <translation>%1：%3 个 token，花费 $%2</translation>
    </message>
    <message>
        <source>Papers per day</source>
        <translation>每日论文数</translation>
    </message>
    <message>
        <source>Relevant papers per day</source>
        <translation>每日相关论文数</translation>
    </message>
    <message>
        <source>Cost of scoring per day (USD)</source>
        <translation>每日评分费用（美元）</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of QLocale::toString: 27 Apr</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>无法绘制图表：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::CostEstimate</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <comment>Estimate: ... in 3 requests to gpt-5</comment>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n paper(s) in %1 to %2</source>
        <translation>
            <numerusform>估算：%n 篇论文，分 %1发送到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (reasoning %1)</source>
        <comment>after the model: reasoning effort</comment>
        <translation>（推理强度 %1）</translation>
    </message>
    <message>
        <source>: about %1 prompt and %2 completion tokens</source>
        <translation>：约 %1 个提示 token 和 %2 个补全 token</translation>
    </message>
    <message>
        <source> (%1 of them reasoning)</source>
        <comment>completion tokens</comment>
        <translation>（其中 %1 个用于推理）</translation>
    </message>
    <message>
        <source>, about $%1.</source>
        <translation>，约 $%1。</translation>
    </message>
    <message numerus="yes">
        <source>, as the last %n run(s) of this model spent per paper</source>
        <translation>
            <numerusform>，按该模型最近 %n 次运行每篇论文的用量计算</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::CriteriaDialog</name>
    <message>
        <source>Edit criteria</source>
        <translation>编辑评分标准</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keywords and authors</source>
        <translation>关键词和作者(&amp;K)</translation>
    </message>
    <message>
        <source>How closely a paper matches the topics and keywords.</source>
        <translation>论文与主题和关键词的契合程度。</translation>
    </message>
    <message>
        <source>R&amp;elevance rubric</source>
        <translation>相关性评分细则(&amp;E)</translation>
    </message>
    <message>
        <source>How new a paper&apos;s contribution is, whatever its topic.</source>
        <translation>论文贡献的新颖程度，与主题无关。</translation>
    </message>
    <message>
        <source>Novelty ru&amp;bric</source>
        <translation>新颖性评分细则(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>恢复默认值(&amp;F)</translation>
    </message>
    <message>
        <source>Put the shipped criteria in the form; nothing is saved until Save</source>
        <translation>将内置的评分标准填入表单；点击“保存”之前不会保存任何内容</translation>
    </message>
    <message>
        <source>One keyword or phrase a line, e.g.
Sparsity
KV cache</source>
        <translation>每行一个关键词或短语，例如
Sparsity
KV cache</translation>
    </message>
    <message>
        <source>One keyword or phrase a line, e.g.
Federated learning
Medical imaging</source>
        <translation>每行一个关键词或短语，例如
Federated learning
Medical imaging</translation>
    </message>
    <message>
        <source>One name a line, e.g.
Ada Lovelace</source>
        <translation>每行一个姓名，例如
Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Relevant keywords:</source>
        <translation>相关关键词(&amp;R)：</translation>
    </message>
    <message>
        <source>One a line. They count for a paper.</source>
        <translation>每行一个。它们为论文加分。</translation>
    </message>
    <message>
        <source>&amp;Irrelevant keywords:</source>
        <translation>无关关键词(&amp;I)：</translation>
    </message>
    <message>
        <source>One a line. They count against a paper.</source>
        <translation>每行一个。它们为论文减分。</translation>
    </message>
    <message>
        <source>Followed &amp;authors:</source>
        <translation>关注的作者(&amp;A)：</translation>
    </message>
    <message>
        <source>One name a line. A paper by any of them always counts as relevant; case and accents do not matter.</source>
        <translation>每行一个姓名。其中任何一位作者的论文始终算作相关；不区分大小写和重音符号。</translation>
    </message>
    <message>
        <source>Five bands, highest first; the model reads each band&apos;s scores, label, definition and examples. Double-click a cell or start typing to edit it.</source>
        <translation>五个档次，从高到低排列；模型会读取每个档次的分数、标签、定义和示例。双击单元格或直接输入即可编辑。</translation>
    </message>
    <message>
        <source>Cut-offs</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Moving a cut-off re-scores nothing: it only changes which scored papers count as relevant</source>
        <translation>调整阈值不会重新评分：只会改变哪些已评分的论文算作相关</translation>
    </message>
    <message>
        <source>Relevant when re&amp;levance ≥</source>
        <translation>相关条件：相关性(&amp;L) ≥</translation>
    </message>
    <message>
        <source>and n&amp;ovelty ≥</source>
        <translation>且新颖性(&amp;O) ≥</translation>
    </message>
    <message>
        <source>Pre&amp;view of the prompt sent with each batch of papers:</source>
        <translation>随每批论文发送的提示词预览(&amp;V)：</translation>
    </message>
    <message>
        <source>Topic %1 has no name: give it one or remove it.</source>
        <translation>主题 %1 没有名称：请为其命名或将其删除。</translation>
    </message>
    <message>
        <source>Add a topic or a relevant keyword: with neither there is nothing to score against.</source>
        <translation>请添加一个主题或一个相关关键词：两者都没有时就没有评分依据。</translation>
    </message>
    <message>
        <source>Row %1 of the relevance rubric runs from %2 down to %3: its first score must not be above its second.</source>
        <translation>相关性评分细则第 %1 行从 %2 降到 %3：第一个分数不能大于第二个分数。</translation>
    </message>
    <message>
        <source>Row %1 of the novelty rubric runs from %2 down to %3: its first score must not be above its second.</source>
        <translation>新颖性评分细则第 %1 行从 %2 降到 %3：第一个分数不能大于第二个分数。</translation>
    </message>
    <message>
        <source>Only the cut-offs changed, so saving re-scores nothing: the scores stay, and only which papers count as relevant changes.</source>
        <translation>只有阈值发生了变化，因此保存不会重新评分：评分保持不变，只有哪些论文算作相关会改变。</translation>
    </message>
    <message>
        <source>Scoring is offline: the built-in scorer sends nothing and costs nothing. The prompt is shown as an LLM would get it.</source>
        <translation>当前为离线评分：内置评分器不发送任何内容，也不产生费用。此处显示的提示词与 LLM 收到的一致。</translation>
    </message>
    <message>
        <source>There is no day to estimate: fetch a day&apos;s papers to see what scoring them would cost.</source>
        <translation>没有可供估算的日期：请先获取某一天的论文，以查看为其评分的费用。</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln paper(s)</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>the current day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>%1 at %2 reasoning effort</source>
        <translation>%1（推理强度 %2）</translation>
    </message>
    <message>
        <source>about %1 prompt tokens (%2 of them cached)</source>
        <translation>约 %1 个提示 token（其中 %2 个已缓存）</translation>
    </message>
    <message>
        <source>about %1 prompt tokens</source>
        <translation>约 %1 个提示 token</translation>
    </message>
    <message>
        <source>%1 completion tokens (%2 of them reasoning)</source>
        <translation>%1 个补全 token（其中 %2 个用于推理）</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 个补全 token</translation>
    </message>
    <message>
        <source>at no cost: %1 has no price in the price table</source>
        <translation>无费用：价格表中没有 %1 的价格</translation>
    </message>
    <message>
        <source>less than $%1</source>
        <translation>不到 $%1</translation>
    </message>
    <message>
        <source>about $%1</source>
        <translation>约 $%1</translation>
    </message>
    <message>
        <source>Re-scoring %1 of %2 with %3 would take %4: %5 and %6, %7.</source>
        <translation>使用 %3 为 %2 的 %1 重新评分需要 %4：%5，%6，%7。</translation>
    </message>
    <message numerus="yes">
        <source>Completion and reasoning as the model&apos;s last %n run(s) spent per paper.</source>
        <translation>
            <numerusform>回答与推理按该模型最近 %n 次运行每篇论文的用量计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::DailyWork</name>
    <message>
        <source>Scoring: %1 of %2 papers · %3 tokens · $%4</source>
        <translation>评分中：%1 / %2 篇论文 · %3 个 token · $%4</translation>
    </message>
    <message>
        <source>Fetching today&apos;s announcement for %1</source>
        <translation>正在获取 %1 的今日公告</translation>
    </message>
    <message>
        <source>Fetching %1 from the arXiv API</source>
        <translation>正在从 arXiv API 获取 %1</translation>
    </message>
    <message>
        <source>There is no price for %1, so the budget of $%2 per run cannot be kept: add the model&apos;s price in Settings, or remove the budget.</source>
        <translation>%1 没有价格，因此无法遵守每次运行 $%2 的预算：请在设置中添加该模型的价格，或取消预算。</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings, or score offline.</source>
        <translation>没有 %1 的 API 密钥：请在设置中添加，或使用离线评分。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>The keyring cannot be reached (%1).
Paste the API key for %2. It is kept for this session only, never written anywhere.</source>
        <translation>无法访问密钥环（%1）。
请粘贴 %2 的 API 密钥。它只在本次会话中保留，不会写入任何地方。</translation>
    </message>
    <message>
        <source>Scoring offline</source>
        <translation>正在离线评分</translation>
    </message>
    <message>
        <source>Scoring with %1 at %2</source>
        <translation>正在使用 %2 上的 %1 评分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>scoring progress, then why it waits</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The API key cannot be sent: %1. Enter it again in Settings.</source>
        <translation>无法发送 API 密钥：%1。请在设置中重新输入。</translation>
    </message>
    <message>
        <source>The API key cannot be sent: %1.</source>
        <translation>无法发送 API 密钥：%1。</translation>
    </message>
    <message>
        <source>These papers were set aside by %1, and Settings now score with %2: choose %1 in Settings to score them fully.</source>
        <translation>这些论文由 %1 搁置，而设置中现在使用 %2 评分：请在设置中选择 %1 以完整评分。</translation>
    </message>
</context>
<context>
    <name>paperboy::Database</name>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>磁盘已满（请释放一些空间后重试）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>the cache %1 was written by a newer Paperboy (schema %2, this build knows %3); update Paperboy or choose another file with --db</source>
        <translation>缓存 %1 由较新版本的 Paperboy 写入（架构 %2，此版本只支持到 %3）；请更新 Paperboy，或用 --db 选择其他文件</translation>
    </message>
    <message>
        <source>cannot write to the cache %1: %2</source>
        <translation>无法写入缓存 %1：%2</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1 (%2) failed: %3</source>
        <translation>将缓存升级到架构 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1 failed: %2</source>
        <translation>将缓存升级到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is not a Paperboy cache but another application&apos;s database (%2); it was left as it was: choose another file with --db</source>
        <translation>%1 不是 Paperboy 缓存，而是其他应用程序的数据库（%2）；它保持原样未被改动：请用 --db 选择其他文件</translation>
    </message>
    <message>
        <source>application id %1</source>
        <translation>应用程序 ID %1</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>数据表 %1</translation>
    </message>
    <message>
        <source>the folder %1 is not writable, and SQLite needs it for the cache&apos;s journal: make it writable or choose another file with --db</source>
        <translation>文件夹 %1 不可写，而 SQLite 需要在其中写入缓存的日志：请使其可写，或用 --db 选择其他文件</translation>
    </message>
    <message>
        <source>the cache %1 is read-only: make it writable or choose another file with --db</source>
        <translation>缓存 %1 是只读的：请使其可写，或用 --db 选择其他文件</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite file (%2): it is damaged or not a database; nothing was changed. Move it aside to start a new cache, or choose another file with --db</source>
        <translation>%1 不是可用的 SQLite 文件（%2）：它已损坏或不是数据库；未做任何更改。将其移到一旁以新建缓存，或用 --db 选择另一个文件</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite file (%2); nothing was changed</source>
        <translation>无法将 %1 作为 SQLite 文件读取（%2）；未做任何更改</translation>
    </message>
    <message>
        <source>the cache %1 cannot be read (no permission): make it readable or choose another file with --db</source>
        <translation>无法读取缓存 %1（没有权限）：请使其可读，或用 --db 选择另一个文件</translation>
    </message>
</context>
<context>
    <name>paperboy::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>paperboy::EmptyViewNotice</name>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>All Papers</source>
        <translation>全部论文</translation>
    </message>
    <message>
        <source>Every paper of this day is marked Not Interested.
Show Hidden Papers shows them again.</source>
        <translation>这一天的所有论文都被标记为不感兴趣。
“显示已隐藏的论文”可重新显示它们。</translation>
    </message>
    <message>
        <source>No starred papers on this day yet — press S on a paper to star it.</source>
        <translation>这一天还没有收藏的论文——在论文上按 S 即可收藏。</translation>
    </message>
    <message>
        <source>Every paper of this day is read.</source>
        <translation>这一天的所有论文都已读。</translation>
    </message>
    <message>
        <source>This day is not scored yet — click Score to find its relevant papers.</source>
        <translation>这一天尚未评分——点击“评分”以找出相关论文。</translation>
    </message>
    <message>
        <source>No paper of this day meets your cut-offs (relevance %1, novelty %2).
Criteria… changes them; All Papers shows every paper.</source>
        <translation>这一天没有论文达到您的阈值（相关性 %1，新颖性 %2）。
可在“评分标准…”中修改；“全部论文”显示所有论文。</translation>
    </message>
    <message>
        <source>No paper in the cache matches “%1”.
Search looks through the titles, authors and abstracts of every day; Esc goes back to the day.</source>
        <translation>缓存中没有与“%1”匹配的论文。
搜索范围为所有日期论文的标题、作者和摘要；按 Esc 返回当天。</translation>
    </message>
    <message>
        <source>Every match for “%1” is marked Not Interested; Show Hidden Papers shows them.</source>
        <translation>“%1”的所有匹配结果都被标记为不感兴趣；“显示已隐藏的论文”可显示它们。</translation>
    </message>
    <message>
        <source>None of the matches for “%1” is in the %2 filter; All Papers shows every match.</source>
        <translation>“%1”的匹配结果都不在“%2”筛选中；“全部论文”显示所有匹配结果。</translation>
    </message>
    <message>
        <source>No papers yet.
Click Fetch Today to fetch today&apos;s announcement in your categories.</source>
        <translation>还没有论文。
点击“获取今日论文”以获取您所关注分类的今日公告。</translation>
    </message>
    <message>
        <source>No paper of this day is in your categories and announce types.
Settings choose them; Fetch a Past Day fetches the day again.</source>
        <translation>这一天没有属于您所关注分类和公告类型的论文。
可在设置中选择它们；“获取过去某天”可重新获取这一天。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked Not Interested are left out; Show Hidden Papers shows them.</source>
        <translation>
            <numerusform>已略去 %n 篇标记为不感兴趣的论文；“显示已隐藏的论文”可显示它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::FeedParser</name>
    <message>
        <source>the feed ends early (truncated XML at line %1)</source>
        <translation>订阅源提前结束（XML 在第 %1 行被截断）</translation>
    </message>
    <message>
        <source>the server sent an empty response instead of a feed</source>
        <translation>服务器返回了空响应，而不是订阅源</translation>
    </message>
    <message>
        <source>the server sent a web page instead of a feed</source>
        <translation>服务器返回的是网页，而不是订阅源</translation>
    </message>
    <message>
        <source>the response is XML but not an arXiv listing feed (root element &lt;%1&gt;)</source>
        <translation>响应是 XML，但不是 arXiv 列表订阅源（根元素 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>arXiv rejected the query</source>
        <translation>arXiv 拒绝了该查询</translation>
    </message>
    <message>
        <source>arXiv says: %1</source>
        <translation>arXiv 提示：%1</translation>
    </message>
    <message>
        <source>the feed carries no announcement date</source>
        <translation>订阅源中没有公告日期</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (%1)</source>
        <translation>订阅源不是格式正确的 XML（%1）</translation>
    </message>
    <message>
        <source>the feed is malformed: %1</source>
        <translation>订阅源格式错误：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::FetchWorker</name>
    <message numerus="yes">
        <source>Stored %n paper(s) for %1 (%2 announced; %3 new to the cache, %4 updated).</source>
        <translation>
            <numerusform>已保存 %1 的 %n 篇论文（公告 %2 篇；新增到缓存 %3 篇，更新 %4 篇）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No announcement on %1 (%2): %3.</source>
        <translation>%1（%2）没有公告：%3。</translation>
    </message>
    <message>
        <source>arXiv does not announce on weekends</source>
        <translation>arXiv 周末不发布公告</translation>
    </message>
    <message>
        <source>A fetch is already running.</source>
        <translation>已有获取任务正在运行。</translation>
    </message>
    <message>
        <source>No category to fetch.</source>
        <translation>没有要获取的分类。</translation>
    </message>
    <message>
        <source>Fetching today&apos;s announcement for %1</source>
        <translation>正在获取 %1 的今日公告</translation>
    </message>
    <message>
        <source>Fetch cancelled; nothing was stored.</source>
        <translation>获取已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2 (check the category names); nothing was stored.</source>
        <translation>无法获取 %1：%2（请检查分类名称）；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2; nothing was stored.</source>
        <translation>无法获取 %1：%2；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is in the future; nothing to fetch.</source>
        <translation>%1 是未来的日期；没有可获取的内容。</translation>
    </message>
    <message>
        <source>Asking the arXiv API for %1</source>
        <translation>正在向 arXiv API 请求 %1</translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: %2; nothing was stored.</source>
        <translation>无法从 arXiv API 获取 %1：%2；未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %n paper(s)</source>
        <translation>
            <numerusform>已获取 %1 / %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: it reports %2 papers for one day, more than any day holds; nothing was stored.</source>
        <translation>无法从 arXiv API 获取 %1：它报告一天有 %2 篇论文，超过任何一天的实际数量；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: it stopped after %2 of %3 papers; nothing was stored.</source>
        <translation>无法从 arXiv API 获取 %1：它在 %2 / %3 篇论文后停止；未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Asking the arXiv API for %n paper(s)</source>
        <translation>
            <numerusform>正在向 arXiv API 请求 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched %1 of %2</source>
        <translation>已获取 %1 / %2</translation>
    </message>
    <message>
        <source>Could not store the papers: %1; nothing was changed.</source>
        <translation>无法保存论文：%1；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n paper(s) (%1 new to the cache, %2 updated).</source>
        <translation>
            <numerusform>已保存 %n 篇论文（新增到缓存 %1 篇，更新 %2 篇）。</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv does not know %1.</source>
        <translation>arXiv 中没有 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n paper(s)</source>
        <translation>
            <numerusform>正在保存 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the day: %1; nothing was changed.</source>
        <translation>无法保存当天的数据：%1；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not fetch %1: the feed is dated %2, %3; nothing was stored.</source>
        <translation>无法获取 %1：订阅源的日期为 %2，%3；未保存任何内容。</translation>
    </message>
    <message>
        <source>before arXiv began</source>
        <translation>早于 arXiv 创立</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>是未来的日期</translation>
    </message>
    <message>
        <source>arXiv announced nothing in %1</source>
        <translation>arXiv 在 %1 中没有发布任何内容</translation>
    </message>
    <message>
        <source>%1 is before arXiv began (%2); nothing to fetch.</source>
        <translation>%1 早于 arXiv 创立（%2）；没有可获取的内容。</translation>
    </message>
    <message>
        <source>the arXiv API lists no papers in %1 for it</source>
        <translation>arXiv API 在 %1 中没有列出该日的论文</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unusable item(s): %1.</source>
        <translation>
            <numerusform>已跳过 %n 个不可用条目：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed for %1 lists %n paper(s), the cache holds %2 for that day; kept all %2 and updated %3 from the feed (%4 new to the cache).</source>
        <translation>
            <numerusform>%1 的订阅源列出 %n 篇论文，缓存中该日有 %2 篇；已保留全部 %2 篇，并从订阅源更新 %3 篇（%4 篇为缓存新增）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::FileOutput</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>写入失败</translation>
    </message>
</context>
<context>
    <name>paperboy::KeyStore</name>
    <message>
        <source>no keyring answered (is GNOME Keyring, KWallet or another Secret Service running?)</source>
        <translation>没有密钥环响应（GNOME Keyring、KWallet 或其他 Secret Service 是否正在运行？）</translation>
    </message>
    <message>
        <source>the keyring&apos;s password prompt was cancelled</source>
        <translation>密钥环的密码提示已被取消</translation>
    </message>
    <message>
        <source>the keyring refused access (it may be locked)</source>
        <translation>密钥环拒绝访问（可能已锁定）</translation>
    </message>
    <message>
        <source>the keyring failed without saying why</source>
        <translation>密钥环出错，未说明原因</translation>
    </message>
    <message>
        <source>the keyring failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>paperboy::LibraryImport</name>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>无法读取 %1：文件不存在</translation>
    </message>
    <message>
        <source>cannot import %1: it is not a regular file</source>
        <translation>无法导入 %1：它不是普通文件</translation>
    </message>
    <message>
        <source>%1 is not a BibTeX file: it holds no entries</source>
        <translation>%1 不是 BibTeX 文件：其中没有条目</translation>
    </message>
    <message>
        <source>%1 cites no arXiv papers; nothing was changed</source>
        <translation>%1 未引用任何 arXiv 论文；未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n paper(s) of %1 from arXiv</source>
        <translation>
            <numerusform>正在从 arXiv 获取 %1 的 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Kept: %2 of the %3 arXiv papers of %4 are stored and starred; importing it again fetches the rest.</source>
        <translation>%1 已保留：%4 的 %3 篇 arXiv 论文中有 %2 篇已保存并加星标；再次导入将获取其余论文。</translation>
    </message>
    <message>
        <source>cannot write the cache: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n arXiv paper(s) of %1</source>
        <translation>
            <numerusform>已为 %1 的 %n 篇 arXiv 论文加星标</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 fetched from arXiv, %2 already in the cache).</source>
        <translation>（%1 篇从 arXiv 获取，%2 篇已在缓存中）。</translation>
    </message>
    <message>
        <source> arXiv does not know %1.</source>
        <translation> arXiv 没有 %1。</translation>
    </message>
    <message>
        <source> %1 more are left for the next import (at most %2 are fetched in one run).</source>
        <translation> 还有 %1 篇留待下次导入（每次最多获取 %2 篇）。</translation>
    </message>
    <message>
        <source> arXiv does not know %1 and %2 more.</source>
        <translation> arXiv 没有 %1 以及另外 %2 篇。</translation>
    </message>
</context>
<context>
    <name>paperboy::LlmClient</name>
    <message>
        <source>the server&apos;s answer is not a model list</source>
        <translation>服务器的响应不是模型列表</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no message</source>
        <translation>服务器的响应中没有消息</translation>
    </message>
    <message>
        <source>the model refused: %1</source>
        <translation>模型拒绝了：%1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Paperboy does not send the key or the papers elsewhere</source>
        <translation>服务器将请求重定向到 %1；Paperboy 不会把密钥或论文发往别处</translation>
    </message>
    <message>
        <source>the server moved the request to %1 (HTTP %2), which would lose its content: set the server&apos;s address to match</source>
        <translation>服务器将请求移至 %1（HTTP %2），这会丢失请求内容：请相应地设置服务器地址</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1</source>
        <translation>服务器的响应大于 %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is empty</source>
        <translation>服务器的响应为空</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object</source>
        <translation>服务器的响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no choices</source>
        <translation>服务器的响应中没有 choices</translation>
    </message>
    <message>
        <source>the model&apos;s answer is empty</source>
        <translation>模型的回答为空</translation>
    </message>
    <message>
        <source>the model&apos;s answer holds no text</source>
        <translation>模型的回答中没有文本</translation>
    </message>
    <message>
        <source>: cut off at its length limit (finish_reason &quot;length&quot;)</source>
        <translation>：因长度上限被截断（finish_reason &quot;length&quot;）</translation>
    </message>
    <message>
        <source>: withheld by the content filter (finish_reason &quot;content_filter&quot;)</source>
        <translation>：被内容过滤器拦截（finish_reason &quot;content_filter&quot;）</translation>
    </message>
    <message>
        <source>the server did not finish its answer within %1 s</source>
        <translation>服务器未在 %1 秒内完成响应</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>服务器 %1 秒内没有发送任何内容</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>连接在没有应答的情况下关闭</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
</context>
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
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The day shown: every day in the cache</source>
        <translation>显示的日期：缓存中的每一天</translation>
    </message>
    <message>
        <source>Search all papers  ( / )</source>
        <translation>搜索全部论文  ( / )</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Paperboy keeps running</source>
        <translation>Paperboy 仍在运行</translation>
    </message>
    <message>
        <source>It fetches and scores each weekday evening. Quit from the tray icon&apos;s menu.</source>
        <translation>它会在每个工作日晚上获取并评分。可通过托盘图标的菜单退出。</translation>
    </message>
    <message>
        <source>%1 · %2 papers</source>
        <translation>%1 · %2 篇论文</translation>
    </message>
    <message>
        <source>No days yet</source>
        <translation>暂无日期</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>the newest %1 of more than %1 matches</source>
        <translation>超过 %1 条结果中最新的 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in all papers: %2 · %3 shown</source>
        <translation>在全部论文中搜索“%1”：%2 · 显示 %3 篇</translation>
    </message>
    <message>
        <source>No papers yet: click Fetch Today.</source>
        <translation>暂无论文：请点击“获取今日论文”。</translation>
    </message>
    <message>
        <source>%1 tokens · $%2</source>
        <translation>%1 个 token · $%2</translation>
    </message>
    <message>
        <source>Mark R&amp;ead</source>
        <translation>标记为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>The cache did not take the change (%1); it was undone. Check the disk.</source>
        <translation>缓存未能保存此更改（%1）；已撤销。请检查磁盘。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) hidden as not interesting; the offline scorer learns from it.</source>
        <translation>
            <numerusform>已将 %n 篇论文作为不感兴趣隐藏；离线评分器会从中学习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) stored (%2 announced in your categories).</source>
        <translation>
            <numerusform>%1：已保存 %n 篇论文（您的分类中共公告 %2 篇）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score them</source>
        <translation>为其评分</translation>
    </message>
    <message>
        <source>No announcement on %1: %2.</source>
        <translation>%1 没有公告：%2。</translation>
    </message>
    <message>
        <source>arXiv does not announce on weekends</source>
        <translation>arXiv 周末不发布公告</translation>
    </message>
    <message>
        <source>Fetch stopped; nothing was stored.</source>
        <translation>获取已停止；未保存任何内容。</translation>
    </message>
    <message>
        <source>Check the connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>arXiv may be busy or in maintenance: try again in a few minutes.</source>
        <translation>arXiv 可能繁忙或正在维护：请几分钟后重试。</translation>
    </message>
    <message>
        <source>Check the categories in Settings.</source>
        <translation>请在设置中检查分类。</translation>
    </message>
    <message>
        <source>Check the free space on the disk.</source>
        <translation>请检查磁盘的剩余空间。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be scored (%1); Score tries them again.</source>
        <translation>
            <numerusform>%n 篇论文未能评分（%1）；再次“评分”时会重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring stopped; the scores received so far are kept.</source>
        <translation>评分已停止；已收到的评分会保留。</translation>
    </message>
    <message>
        <source>The API key was rejected: open Settings to enter a valid key. Scores received before were kept.</source>
        <translation>API 密钥被拒绝：请打开设置输入有效的密钥。之前收到的评分已保留。</translation>
    </message>
    <message>
        <source>Fetch a Past Day</source>
        <translation>获取过去某天</translation>
    </message>
    <message>
        <source>A past day is rebuilt from the arXiv API: new submissions and cross-lists of the day&apos;s submission window (replacements are not included).</source>
        <translation>过去某天的数据通过 arXiv API 重建：包括当天投稿时段内的新投稿和交叉列出论文（不含替换版本）。</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Nothing to export: no paper is selected or starred.</source>
        <translation>没有可导出的内容：没有选中或收藏任何论文。</translation>
    </message>
    <message>
        <source>Export to BibTeX</source>
        <translation>导出为 BibTeX</translation>
    </message>
    <message>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX 文件 (*.bib);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1。未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 篇论文导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Digest</source>
        <translation>导出日报</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Markdown 文件 (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The digest of %1 was exported to %2.</source>
        <translation>%1 的日报已导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>BibTeX of %n paper(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 篇论文的 BibTeX。</numerusform>
        </translation>
    </message>
    <message>
        <source>The criteria could not be saved (%1); nothing was changed.</source>
        <translation>无法保存评分标准（%1）；未做任何更改。</translation>
    </message>
    <message>
        <source>Criteria saved as version %1.</source>
        <translation>评分标准已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Score Again?</source>
        <translation>重新评分？</translation>
    </message>
    <message numerus="yes">
        <source>Your criteria changed. Score the %n paper(s) of %1 against them now?</source>
        <translation>
            <numerusform>您的评分标准已更改。现在按新标准为 %1 的 %n 篇论文评分吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Paperboy</source>
        <translation>关于 Paperboy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;The day&apos;s arXiv papers, scored for relevance and novelty against your own criteria.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;当天的 arXiv 论文，按您自己的评分标准进行相关性和新颖性评分。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) today</source>
        <translation>
            <numerusform>今天有 %n 篇相关论文</numerusform>
        </translation>
    </message>
    <message>
        <source>No relevant papers today</source>
        <translation>今天没有相关论文</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) fetched and scored.</source>
        <translation>
            <numerusform>%1：已获取并评分 %n 篇论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of QLocale::toString: Mon 27 Apr 2026</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format of QLocale::toString: Saturday 8 Nov</comment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of QLocale::toString: Monday 27 April</comment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>arXiv announced nothing in your categories</source>
        <translation>arXiv 在您的分类中没有发布任何内容</translation>
    </message>
    <message>
        <source>Scores from:</source>
        <translation>评分来源：</translation>
    </message>
    <message>
        <source>Whose scores the day shows: the latest run&apos;s under the current criteria, or another model that scored the day</source>
        <translation>当天显示谁的评分：当前标准下最近一次运行的评分，或评过当天的其他模型</translation>
    </message>
    <message>
        <source>The criteria cannot be read: %1</source>
        <translation>无法读取标准：%1</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>最近一次运行</translation>
    </message>
    <message>
        <source>Offline scorer</source>
        <translation>离线评分</translation>
    </message>
    <message>
        <source> · %1 set aside by title</source>
        <translation> · %1 篇按标题搁置</translation>
    </message>
    <message>
        <source> · scores from %1</source>
        <translation> · 评分来自 %1</translation>
    </message>
    <message>
        <source>the offline scorer</source>
        <translation>离线评分</translation>
    </message>
    <message>
        <source>%1: %2 announced · %3 scanned · %4 relevant</source>
        <translation>%1：公告 %2 篇 · 扫描 %3 篇 · 相关 %4 篇</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <comment>continues the status line</comment>
        <translation> · 显示 %1 篇</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>No file manager opened %1.</source>
        <translation>没有文件管理器打开 %1。</translation>
    </message>
    <message>
        <source>No web browser opened %1.</source>
        <translation>没有网页浏览器打开 %1。</translation>
    </message>
    <message>
        <source>The address is copied: paste it where you need it.</source>
        <translation>地址已复制：可粘贴到需要的地方。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>再次显示</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read; Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>已将 %n 篇论文标为已读；Ctrl+Z 可撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paper of the day was read already.</source>
        <translation>当天的论文都已读过。</translation>
    </message>
    <message>
        <source>Clear the search and go back to the day</source>
        <translation>清除搜索并返回当天</translation>
    </message>
    <message>
        <source>Go to the first result</source>
        <translation>转到第一个结果</translation>
    </message>
    <message>
        <source>The damaged cache was moved to %1. Paperboy started a new, empty cache in its place.</source>
        <translation>已将损坏的缓存移动到 %1。Paperboy 已在原位置新建了一个空缓存。</translation>
    </message>
    <message>
        <source>Choose a Cache File</source>
        <translation>选择缓存文件</translation>
    </message>
    <message>
        <source>Paperboy caches (*.sqlite);;All files (*)</source>
        <translation>Paperboy 缓存 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists.

Append only the papers it does not cite yet, after its entries and keeping everything in it as it is, or replace the whole file with these papers?</source>
        <translation>%1 已存在。

是只追加其中尚未引用的论文（放在现有条目之后，其中内容保持不变），还是用这些论文替换整个文件？</translation>
    </message>
    <message>
        <source>&amp;Append New Entries</source>
        <translation>追加新条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>在搜索框中</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>转到结果</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the toolbar, the search box, the table and the reader</source>
        <translation>在工具栏、搜索框、表格和阅读区之间移动</translation>
    </message>
    <message>
        <source> · %1 set aside by the offline scorer</source>
        <translation> · 离线评分器搁置 %1 篇</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>网页 (*.html);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Build Web Site of the Cache</source>
        <translation>生成缓存的网站</translation>
    </message>
    <message numerus="yes">
        <source>The web site of %n day(s) is in %1:</source>
        <translation>
            <numerusform>%n 天的网站位于 %1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>导入文献库</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Nothing to send to Zotero: no paper is selected or starred.</source>
        <translation>没有可发送到 Zotero 的内容：未选中或加星标任何论文。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) to Zotero…</source>
        <translation>
            <numerusform>正在将 %n 篇论文发送到 Zotero…</numerusform>
        </translation>
    </message>
    <message>
        <source>Append Starred to Bibliography</source>
        <translation>将星标论文追加到参考文献库</translation>
    </message>
    <message>
        <source>Nothing to append: no paper is starred.</source>
        <translation>没有可追加的内容：没有星标论文。</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>分享(&amp;H)</translation>
    </message>
    <message>
        <source>Push Day to &amp;Slack</source>
        <translation>将当天推送到 Slack(&amp;S)</translation>
    </message>
    <message>
        <source>Push Day to &amp;Matrix</source>
        <translation>将当天推送到 Matrix(&amp;M)</translation>
    </message>
    <message>
        <source>Push Day to the &amp;Webhook</source>
        <translation>将当天推送到 Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>The daily routine&apos;s push: %1</source>
        <translation>每日例行推送：%1</translation>
    </message>
    <message>
        <source>Not pushed to %1: %2.</source>
        <translation>未推送到 %1：%2。</translation>
    </message>
    <message>
        <source>A push of %1 to %2 is already under way.</source>
        <translation>%1 到 %2 的推送已在进行中。</translation>
    </message>
    <message>
        <source>Building the site: day %1 of %2</source>
        <translation>正在生成网站：第 %1 天，共 %2 天</translation>
    </message>
    <message>
        <source>Building the site</source>
        <translation>正在生成网站</translation>
    </message>
    <message>
        <source>Set &amp;Up Sharing…</source>
        <translation>设置分享(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>paperboy::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
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
    <message>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>Starred (S to unstar)</source>
        <translation>已收藏（按 S 取消收藏）</translation>
    </message>
    <message>
        <source>Not starred (S to star)</source>
        <translation>未收藏（按 S 收藏）</translation>
    </message>
    <message>
        <source>You follow %1</source>
        <translation>您关注了 %1</translation>
    </message>
    <message>
        <source>Starred papers</source>
        <translation>已收藏的论文</translation>
    </message>
    <message>
        <source>How the paper was announced: new, cross-listed or replaced</source>
        <translation>论文的公告方式：新投稿、交叉列出或替换版本</translation>
    </message>
    <message>
        <source>How well the paper matches your criteria (1–10)</source>
        <translation>论文与您的评分标准的契合程度（1–10）</translation>
    </message>
    <message>
        <source>How new the paper&apos;s contribution is (1–10)</source>
        <translation>论文贡献的新颖程度（1–10）</translation>
    </message>
    <message>
        <source>Set aside by the title pass (%1): not relevant by its title. Score These Fully sends its abstract.</source>
        <translation>被标题预筛搁置（%1）：按标题不相关。“完整评分”会发送其摘要。</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer: not sent to %1. Score These Fully sends it.</source>
        <translation>被离线评分器搁置：未发送给 %1。“完整评分”会发送它。</translation>
    </message>
</context>
<context>
    <name>paperboy::PriceEditor</name>
    <message>
        <source>&amp;Add Model</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>USD per million tokens. Models without a price (local servers) cost nothing; a dated name like gpt-4o-mini-2024-07-18 takes the price of gpt-4o-mini.</source>
        <translation>单位：美元/百万 token。没有价格的模型（本地服务器）不收费；带日期的名称（如 gpt-4o-mini-2024-07-18）使用 gpt-4o-mini 的价格。</translation>
    </message>
</context>
<context>
    <name>paperboy::ProviderPreset</name>
    <message>
        <source>Google Gemini (OpenAI endpoint)</source>
        <translation>Google Gemini（OpenAI 端点）</translation>
    </message>
    <message>
        <source>Ollama (local)</source>
        <translation>Ollama（本地）</translation>
    </message>
    <message>
        <source>llama.cpp server (local)</source>
        <translation>llama.cpp 服务器（本地）</translation>
    </message>
    <message>
        <source>vLLM (local)</source>
        <translation>vLLM（本地）</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio（本地）</translation>
    </message>
</context>
<context>
    <name>paperboy::PushSettingsTab</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>An incoming webhook&apos;s address. Mattermost hooks take the same messages.</source>
        <translation>传入 Webhook 的地址。Mattermost 的 Webhook 接受相同的消息。</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Any address that takes Paperboy&apos;s JSON (docs/PUSH.md). Discord and Mattermost accept Slack-style payloads: put their hooks under Slack (Discord&apos;s with /slack at the end).</source>
        <translation>任何接受 Paperboy JSON 的地址（docs/PUSH.md）。Discord 和 Mattermost 接受 Slack 格式的消息：请将它们的 Webhook 填在 Slack 下（Discord 的需在末尾加 /slack）。</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>A room the account behind the token has joined.</source>
        <translation>令牌所属账户已加入的房间。</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>每日例行</translation>
    </message>
    <message>
        <source>Push each day&apos;s relevant papers after the daily routine scores it</source>
        <translation>每日例行评分后推送当天的相关论文</translation>
    </message>
    <message>
        <source>to Slack</source>
        <translation>到 Slack</translation>
    </message>
    <message>
        <source>to Matrix</source>
        <translation>到 Matrix</translation>
    </message>
    <message>
        <source>to the webhook</source>
        <translation>到 Webhook</translation>
    </message>
    <message>
        <source>the Slack webhook address</source>
        <translation>Slack Webhook 地址</translation>
    </message>
    <message>
        <source>the Matrix access token</source>
        <translation>Matrix 访问令牌</translation>
    </message>
    <message>
        <source>the webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Set by %1 in the environment, which overrides what is saved here.</source>
        <translation>由环境变量 %1 设置，它优先于此处保存的值。</translation>
    </message>
    <message>
        <source>Homeserver:</source>
        <translation>主服务器：</translation>
    </message>
    <message>
        <source>Room id:</source>
        <translation>房间 ID：</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <source>Not forgotten: %1</source>
        <translation>未能忘记：%1</translation>
    </message>
    <message>
        <source>Set in the environment</source>
        <translation>已在环境变量中设置</translation>
    </message>
    <message>
        <source>Type or paste a new one</source>
        <translation>输入或粘贴新的值</translation>
    </message>
    <message>
        <source>Set by %1 in the environment, which overrides what is saved here; not editable here.</source>
        <translation>由环境变量 %1 设置，它优先于此处保存的值；此处不可编辑。</translation>
    </message>
    <message>
        <source>One is saved in the keychain.</source>
        <translation>钥匙串中已保存一个。</translation>
    </message>
    <message>
        <source>None saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>the keychain cannot be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>the homeserver</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>the room id</source>
        <translation>房间 ID</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未发送：%1。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent: the test message reached %1.</source>
        <translation>已发送：测试消息已到达 %1。</translation>
    </message>
    <message>
        <source>the Matrix homeserver</source>
        <translation>Matrix 主服务器</translation>
    </message>
    <message>
        <source>the Matrix room id is not a room id (!id:server)</source>
        <translation>Matrix 房间 ID 不是有效的房间 ID（!id:server）</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Set %3 in the environment instead.</source>
        <translation>%1 未保存：%2。请改为在环境变量中设置 %3。</translation>
    </message>
    <message>
        <source>The keychain did not take %1: %2</source>
        <translation>钥匙串未接受 %1：%2</translation>
    </message>
    <message>
        <source>None saved: the keychain cannot be read.</source>
        <translation>未保存：无法读取钥匙串。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1. What is typed here cannot be saved; the environment variables named in docs/PUSH.md can hold it instead.</source>
        <translation>无法读取钥匙串：%1。此处输入的内容无法保存；可改用 docs/PUSH.md 中列出的环境变量。</translation>
    </message>
</context>
<context>
    <name>paperboy::ReaderPane</name>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>选择一篇论文以阅读其摘要。</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>公告于 %1</translation>
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
        <source>relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>期刊：%1</translation>
    </message>
    <message>
        <source>scored by %1</source>
        <translation>由 %1 评分</translation>
    </message>
    <message>
        <source>Set aside by %1&apos;s title pass</source>
        <translation>被 %1 的标题预筛搁置</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>不相关</translation>
    </message>
    <message>
        <source>Only its title was read (%1); “Score These Fully” sends its abstract.</source>
        <translation>仅读取了标题（%1）；“完整评分”会发送其摘要。</translation>
    </message>
    <message>
        <source>scored offline</source>
        <translation>离线评分</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer</source>
        <translation>被离线评分器搁置</translation>
    </message>
    <message>
        <source>not sent to %1</source>
        <translation>未发送给 %1</translation>
    </message>
    <message>
        <source>It ranked far below the day&apos;s cut offline; “Score These Fully” sends it to %1.</source>
        <translation>它在离线排名中远低于当天的阈值；“完整评分”会把它发送给 %1。</translation>
    </message>
</context>
<context>
    <name>paperboy::RubricModel</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>paperboy::RunEstimate</name>
    <message numerus="yes">
        <source>The offline scorer sets aside %n of the %1 paper(s) unsent (far below the day&apos;s cut); the estimate is for the rest.</source>
        <translation>
            <numerusform>离线评分器搁置 %1 篇中的 %n 篇不发送（远低于当天阈值）；估算针对其余论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>auto</source>
        <comment>title pass chosen by the estimate</comment>
        <translation>自动</translation>
    </message>
    <message>
        <source>as set</source>
        <comment>title pass chosen by the person</comment>
        <translation>按设置</translation>
    </message>
    <message numerus="yes">
        <source>about %1% kept in the last %n title pass(es)</source>
        <translation>
            <numerusform>最近 %n 次标题筛选保留约 %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1% kept (a default: no title pass measured yet)</source>
        <translation>约保留 %1%（默认值：尚未测量过标题筛选）</translation>
    </message>
    <message>
        <source>saves about $%1 against abstracts only</source>
        <translation>比只发摘要节省约 $%1</translation>
    </message>
    <message>
        <source>costs about $%1 more than abstracts only</source>
        <translation>比只发摘要多花约 $%1</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n 个标题</numerusform>
        </translation>
    </message>
    <message>
        <source>Title pass on (%1; %2): %3, %4; %5.</source>
        <translation>标题筛选开启（%1；%2）：%3，%4；%5。</translation>
    </message>
    <message>
        <source>Title pass off (%1): one over %2 (%3), %4, %5.</source>
        <translation>标题筛选关闭（%1）：若对 %2 进行一次（%3），%4，%5。</translation>
    </message>
</context>
<context>
    <name>paperboy::ScoreRepository</name>
    <message>
        <source>%1 has no scores yet</source>
        <translation>%1 还没有评分</translation>
    </message>
    <message>
        <source>%1 has no scores from %2; it was scored by %3</source>
        <translation>%1 没有来自 %2 的评分；当天的评分来自 %3</translation>
    </message>
</context>
<context>
    <name>paperboy::ScoreWorker</name>
    <message>
        <source>Scoring stopped; every finished batch was kept.</source>
        <translation>评分已停止；已完成的批次均已保留。</translation>
    </message>
    <message>
        <source>Scoring is already running.</source>
        <translation>评分已在进行中。</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>无法打开缓存：%1</translation>
    </message>
    <message>
        <source>There is no day in the cache yet: fetch one first.</source>
        <translation>缓存中还没有任何日期：请先获取一天。</translation>
    </message>
    <message>
        <source>%1 is not in the cache: fetch it first.</source>
        <translation>%1 不在缓存中：请先获取。</translation>
    </message>
    <message>
        <source>Every paper of %1 already has a score from %2 for these criteria; nothing sent.</source>
        <translation>%1 的每篇论文都已有 %2 按这些标准给出的评分；未发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot write to the cache: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <source>Stopped at the budget of %1 (spent %2); every finished batch was kept.</source>
        <translation>已达到 %1 的预算而停止（已花费 %2）；已完成的批次均已保留。</translation>
    </message>
    <message>
        <source>The API key was rejected (%1): check OPENAI_API_KEY or the key in the keychain (paperboy key set).</source>
        <translation>API 密钥被拒绝（%1）：请检查 OPENAI_API_KEY 或密钥环中的密钥（paperboy key set）。</translation>
    </message>
    <message>
        <source>The account has no quota left (%1): check the plan and billing.</source>
        <translation>账户额度已用完（%1）：请检查套餐和账单。</translation>
    </message>
    <message>
        <source>too long for the model&apos;s context (%1)</source>
        <translation>超出模型的上下文长度（%1）</translation>
    </message>
    <message>
        <source>no valid score in %1 replies</source>
        <translation>%1 次回复中都没有有效评分</translation>
    </message>
    <message>
        <source>title pre-filter: not relevant by its title</source>
        <translation>标题预筛选：从标题看不相关</translation>
    </message>
    <message>
        <source>Cannot write the scores to the cache: %1; earlier batches were kept.</source>
        <translation>无法将评分写入缓存：%1；之前的批次已保留。</translation>
    </message>
    <message numerus="yes">
        <source>Scored %1 of %n paper(s) of %2 with %3: %4 relevant</source>
        <translation>
            <numerusform>已使用 %3 为 %2 的 %n 篇论文中的 %1 篇评分：%4 篇相关</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 set aside by title</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>，%1 篇按标题排除</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>，%1 篇失败</translation>
    </message>
    <message numerus="yes">
        <source>; %n request(s), %1 prompt + %2 completion tokens, %3</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>
            <numerusform>；%n 个请求，%1 个提示 token + %2 个补全 token，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends &apos;Scored ... relevant&apos;</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1); nothing was sent. Paperboy always checks certificates: give the server one this system trusts, or use http:// for a server on this machine.</source>
        <translation>服务器的证书未被接受（%1）；未发送任何内容。Paperboy 始终校验证书：请为服务器配置本系统信任的证书，或对本机上的服务器使用 http://。</translation>
    </message>
    <message>
        <source>Its text addresses the model; scored on its own. %1</source>
        <translation>其文本在向模型下指令；已单独评分。%1</translation>
    </message>
    <message>
        <source>Stopped: %1. Every finished batch was kept.</source>
        <translation>已停止：%1。已完成的批次均已保留。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>a timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>a server error (HTTP %1)</source>
        <translation>服务器错误（HTTP %1）</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>an unusable answer</source>
        <translation>无法使用的响应</translation>
    </message>
    <message>
        <source>The server asks to wait %1 before the next request; stopped, every finished batch was kept.</source>
        <translation>服务器要求在下一个请求前等待 %1；已停止，已完成的批次均已保留。</translation>
    </message>
    <message>
        <source>No request has succeeded for %1 (the last: %2); stopped, every finished batch was kept.</source>
        <translation>%1 内没有请求成功（最后一次：%2）；已停止，已完成的批次均已保留。</translation>
    </message>
    <message>
        <source>waiting %1 for the server&apos;s rate limit</source>
        <translation>因服务器的速率限制等待 %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n paper(s) in %1 after %2 (retry %3 of %4)</source>
        <translation>
            <numerusform>因%2，%1后重试 %n 篇论文（第 %3 次重试，共 %4 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n paper(s) of %1 offline costs nothing and sends nothing; nothing was scored.</source>
        <translation>
            <numerusform>离线为 %1 的 %n 篇论文评分不花费任何费用，也不发送任何内容；未进行评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another Paperboy run (process %1) is scoring %2 in this cache; this one was not started and sent nothing: try again when that run has finished.</source>
        <translation>另一个 Paperboy 任务（进程 %1）正在此缓存中为 %2 评分；本任务未启动，也未发送任何内容：请在该任务结束后重试。</translation>
    </message>
    <message>
        <source>Cannot lock %1 for scoring beside the cache (its folder may not be writable).</source>
        <translation>无法在缓存旁为评分锁定 %1（其文件夹可能不可写）。</translation>
    </message>
    <message>
        <source>, %1 scored again one by one (their batch&apos;s reply gave them all the same scores)</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>，%1 篇逐篇重新评分（其批次的回复给了它们完全相同的分数）</translation>
    </message>
    <message>
        <source>Cannot read or store the criteria: %1</source>
        <translation>无法读取或保存标准：%1</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>No paper of %1 is set aside by %2 for these criteria; nothing sent.</source>
        <translation>%1 没有被 %2 按这些标准搁置的论文；未发送任何内容。</translation>
    </message>
    <message>
        <source>There is nothing to score: %1 has no papers in your categories and announce types; nothing sent.</source>
        <translation>没有可评分的内容：%1 没有属于您所关注分类和公告类型的论文；未发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1): attempt %2, next try in %3</source>
        <translation>无法连接服务器（%1）：第 %2 次尝试，%3 后再试</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempt(s).</source>
        <translation>
            <numerusform>无法连接位于 %1 的评分服务器（%2）；在 %3 和 %n 次尝试后放弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finished batch was kept; check that the server is running and that this is its address.</source>
        <translation>所有已完成的批次均已保留；请检查服务器是否在运行，以及这是否是它的地址。</translation>
    </message>
    <message>
        <source>Nothing was scored; check that the server is running and that this is its address.</source>
        <translation>未对任何论文评分；请检查服务器是否在运行，以及这是否是它的地址。</translation>
    </message>
    <message>
        <source>set aside by the offline scorer</source>
        <translation>被离线评分器搁置</translation>
    </message>
    <message>
        <source>, %1 set aside by the offline scorer</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>，离线评分器搁置 %1 篇</translation>
    </message>
</context>
<context>
    <name>paperboy::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;arXiv</source>
        <translation>arXiv(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>界面(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>arXiv categories (cs.LG) or whole archives (hep-th), separated by commas.</source>
        <translation>arXiv 分类（cs.LG）或整个档案（hep-th），以逗号分隔。</translation>
    </message>
    <message>
        <source>New submissions</source>
        <translation>新投稿</translation>
    </message>
    <message>
        <source>Cross-lists from other categories</source>
        <translation>来自其他分类的交叉列出论文</translation>
    </message>
    <message>
        <source>Replacements (new versions)</source>
        <translation>替换版本（新版本）</translation>
    </message>
    <message>
        <source>Cross-listed replacements</source>
        <translation>交叉列出论文的替换版本</translation>
    </message>
    <message>
        <source>Announce types:</source>
        <translation>公告类型：</translation>
    </message>
    <message>
        <source>&amp;Offline: built in, free, learns from your stars</source>
        <translation>离线(&amp;O)：内置、免费，会从您的收藏中学习</translation>
    </message>
    <message>
        <source>A &amp;language model on an OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器上的语言模型(&amp;L)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Another server</source>
        <translation>其他服务器</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>预设(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Automatic (low for reasoning models)</source>
        <translation>自动（推理模型使用“低”）</translation>
    </message>
    <message>
        <source>Reasoning &amp;effort:</source>
        <translation>推理强度(&amp;E)：</translation>
    </message>
    <message>
        <source>Type or paste a new key</source>
        <translation>输入或粘贴新密钥</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Each run</source>
        <translation>每次运行</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>并发请求数(&amp;O)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> 篇论文</translation>
    </message>
    <message>
        <source>Papers per &amp;request:</source>
        <translation>每个请求的论文数(&amp;R)：</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>&amp;Budget per run:</source>
        <translation>每次运行的预算(&amp;B)：</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>密钥环未能删除密钥：%1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language shows when Paperboy starts again.</source>
        <translation>新语言将在 Paperboy 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Fetch and score each weekday evening while Paperboy runs</source>
        <translation>Paperboy 运行时，每个工作日晚上自动获取并评分(&amp;F)</translation>
    </message>
    <message>
        <source>Start in the system &amp;tray</source>
        <translation>启动时最小化到系统托盘(&amp;T)</translation>
    </message>
    <message>
        <source>Daily routine:</source>
        <translation>每日例行：</translation>
    </message>
    <message>
        <source>Shortly after arXiv&apos;s announcement (20:00 New York time, Sunday to Thursday); a day missed while the computer was off is fetched at the next start. An icon in the tray shows the unread papers, and a notification says how many are relevant.</source>
        <translation>在 arXiv 发布公告后不久（纽约时间 20:00，周日至周四）；电脑关机期间错过的日期会在下次启动时获取。托盘图标显示未读论文，通知会告诉您有多少篇相关。</translation>
    </message>
    <message>
        <source>The key comes from OPENAI_API_KEY, which wins over the keychain.</source>
        <translation>密钥来自 OPENAI_API_KEY，它优先于密钥环。</translation>
    </message>
    <message>
        <source>A key is kept for this session only: no keyring answered.</source>
        <translation>密钥只在本次会话中保留：没有密钥环响应。</translation>
    </message>
    <message>
        <source>A key is saved in the keychain.</source>
        <translation>密钥已保存在密钥环中。</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>未保存密钥。</translation>
    </message>
    <message>
        <source>The keyring cannot be reached (%1): a key typed here is kept for this session only.</source>
        <translation>无法访问密钥环（%1）：在此输入的密钥只在本次会话中保留。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, like http://localhost:11434/v1.</source>
        <translation>请输入服务器地址，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 offers %2.</source>
        <translation>已连接：%1 提供 %2。</translation>
    </message>
    <message>
        <source>Connected, but %1 does not offer %2. It offers: %3.</source>
        <translation>已连接，但 %1 不提供 %2。它提供：%3。</translation>
    </message>
    <message>
        <source>%1 rejected the key (%2): check it.</source>
        <translation>%1 拒绝了该密钥（%2）：请检查。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>无法连接 %1：%2。</translation>
    </message>
    <message>
        <source>%1 answers but lists no models (HTTP 404); scoring may still work.</source>
        <translation>%1 有响应，但没有列出任何模型（HTTP 404）；评分仍可能正常工作。</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 的响应：%2</translation>
    </message>
    <message>
        <source>Name at least one category, like cs.LG.</source>
        <translation>请至少填写一个分类，例如 cs.LG。</translation>
    </message>
    <message>
        <source>Choose at least one announce type.</source>
        <translation>请至少选择一种公告类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (like http://localhost:11434/v1).</source>
        <translation>“%1”不是服务器地址（例如 http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>Name the model to score with.</source>
        <translation>请填写用于评分的模型。</translation>
    </message>
    <message>
        <source>The prices could not be saved: %1</source>
        <translation>无法保存价格：%1</translation>
    </message>
    <message>
        <source>The keychain did not take the key: %1</source>
        <translation>密钥环未能保存密钥：%1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>无法将设置写入 %1。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Settings saved. No keyring answered: the key is kept for this session only.</source>
        <translation>设置已保存。没有密钥环响应：密钥只在本次会话中保留。</translation>
    </message>
    <message>
        <source>Settings saved; the key is in the keychain.</source>
        <translation>设置已保存；密钥已存入密钥环。</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2).</source>
        <translation>%1 的证书未被接受（%2）。</translation>
    </message>
    <message>
        <source>The key cannot be sent: %1.</source>
        <translation>无法发送该密钥：%1。</translation>
    </message>
    <message>
        <source>The key was not saved: %1.</source>
        <translation>密钥未保存：%1。</translation>
    </message>
    <message>
        <source>minimal</source>
        <comment>reasoning effort</comment>
        <translation>最低</translation>
    </message>
    <message>
        <source>low</source>
        <comment>reasoning effort</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>reasoning effort</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <comment>reasoning effort</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Write letters outside ASCII as &amp;UTF-8, for biblatex and biber</source>
        <translation>将 ASCII 以外的字符写为 &amp;UTF-8，供 biblatex 和 biber 使用</translation>
    </message>
    <message>
        <source>BibTeX export:</source>
        <translation>BibTeX 导出：</translation>
    </message>
    <message>
        <source>Off, names and titles are written as ASCII LaTeX ({\&quot;u}), which pdflatex with classic BibTeX reads.</source>
        <translation>关闭时，姓名和标题写为 ASCII LaTeX（{\&quot;u}），可供 pdflatex 与经典 BibTeX 读取。</translation>
    </message>
    <message>
        <source>Title pass and casca&amp;de</source>
        <translation>标题筛选与级联(&amp;D)</translation>
    </message>
    <message>
        <source>How long a reasoning model (gpt-5, o-series) thinks about each batch; other models do not take an effort</source>
        <translation>推理模型（gpt-5、o 系列）对每批思考多久；其他模型不接受推理强度</translation>
    </message>
    <message>
        <source>Automatic (8; 4 for a server on this computer)</source>
        <translation>自动（8；本机服务器为 4）</translation>
    </message>
    <message>
        <source>Title pass</source>
        <translation>标题筛选</translation>
    </message>
    <message>
        <source>A cheap first pass asks a model about the titles alone; the papers it finds clearly off topic never have their abstracts sent.</source>
        <translation>先用廉价的一轮只按标题询问模型；明显离题的论文不会发送摘要。</translation>
    </message>
    <message>
        <source>Automatic (on when it saves money)</source>
        <translation>自动（省钱时开启）</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Automatic runs the title pass on a day where reading the titles first costs less than sending every abstract</source>
        <translation>自动：当先读标题比发送全部摘要更便宜时运行标题筛选</translation>
    </message>
    <message>
        <source>Tit&amp;le pass:</source>
        <translation>标题筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Same as the scoring model</source>
        <translation>与评分模型相同</translation>
    </message>
    <message>
        <source>A smaller, cheaper model is often enough to tell from a title whether a paper is worth reading</source>
        <translation>更小更便宜的模型通常足以从标题判断论文是否值得读</translation>
    </message>
    <message>
        <source>Title pass &amp;model:</source>
        <translation>标题筛选模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>How long a reasoning model thinks about the titles; a title needs far less thought than an abstract. Other models do not take an effort</source>
        <translation>推理模型对标题思考多久；标题所需的思考远少于摘要。其他模型不接受推理强度</translation>
    </message>
    <message>
        <source>Title pass &amp;effort:</source>
        <translation>标题筛选强度(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;kip papers the offline scorer ranks far below the cut (cascade)</source>
        <translation>跳过离线评分器排在阈值远下方的论文（级联）(&amp;K)</translation>
    </message>
    <message>
        <source>The built-in scorer ranks the day first; papers far below the cut are set aside unsent and marked “set aside by the offline scorer”. A recall guard keeps it from setting aside more than its measured record of missing relevant papers allows</source>
        <translation>内置评分器先为当天排序；远低于阈值的论文不发送并标记为“被离线评分器搁置”。召回保护使其搁置的数量不超过实测遗漏相关论文记录所允许的范围</translation>
    </message>
    <message>
        <source>The offline scorer sends nothing, so it has no title pass and nothing to skip: these apply to a language model.</source>
        <translation>离线评分器不发送任何内容，因此没有标题筛选，也没有可跳过的论文：这些设置适用于语言模型。</translation>
    </message>
    <message>
        <source>Fetch a day to see what a run with these settings would cost.</source>
        <translation>获取一天的论文，即可查看按这些设置运行的费用。</translation>
    </message>
    <message>
        <source>&amp;Bibliography</source>
        <translation>参考文献(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>分享(&amp;H)</translation>
    </message>
    <message>
        <source>Sharing: %1.</source>
        <translation>分享：%1。</translation>
    </message>
    <message>
        <source>Bibliography: %1.</source>
        <translation>参考文献：%1。</translation>
    </message>
</context>
<context>
    <name>paperboy::TopicEditor</name>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Drag a topic to reorder it</source>
        <translation>拖动主题以调整顺序</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Add a topic at the end of the list</source>
        <translation>在列表末尾添加主题</translation>
    </message>
    <message>
        <source>e.g. Model compression and efficiency</source>
        <translation>例如 Model compression and efficiency</translation>
    </message>
    <message>
        <source>What a paper must be about to count, e.g. new pruning, quantization or distillation methods</source>
        <translation>论文必须涉及的内容，例如 new pruning, quantization or distillation methods</translation>
    </message>
    <message>
        <source>What looks close but does not count, e.g. a known method applied to a new dataset</source>
        <translation>看似相近但不算数的内容，例如 a known method applied to a new dataset</translation>
    </message>
    <message>
        <source>Selected topic</source>
        <translation>所选主题</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What &amp;counts:</source>
        <translation>算作相关的内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;What does not count:</source>
        <translation>不算作相关的内容(&amp;W)：</translation>
    </message>
    <message>
        <source>(untitled topic)</source>
        <translation>（未命名主题）</translation>
    </message>
</context>
<context>
    <name>paperboy::TrayIcon</name>
    <message>
        <source>Open Paperboy</source>
        <translation>打开 Paperboy</translation>
    </message>
    <message numerus="yes">
        <source>Paperboy: %n unread paper(s)</source>
        <translation>
            <numerusform>Paperboy：%n 篇未读论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
</context>
<context>
    <name>paperboy::UnusableItems</name>
    <message>
        <source>no arXiv identifier</source>
        <translation>无 arXiv 标识符</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>no authors</source>
        <translation>无作者</translation>
    </message>
    <message>
        <source>no abstract</source>
        <translation>无摘要</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 items lack an arXiv identifier, a title, authors or an abstract (%3)</source>
        <translation>%2 个条目中有 %1 个缺少 arXiv 标识符、标题、作者或摘要（%3）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>及另外 %1 项</translation>
    </message>
</context>
<context>
    <name>paperboy::WindowHost</name>
    <message>
        <source>A Paperboy window is already open on %1; it was brought forward.</source>
        <translation>已有一个 Paperboy 窗口打开了 %1；已将其置于前台。</translation>
    </message>
</context>
<context>
    <name>paperboy::XmlText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>paperboy::ZoteroConnector</name>
    <message>
        <source>Zotero at %1 did not answer within %2 s</source>
        <translation>%1 上的 Zotero 未在 %2 秒内回应</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector: its answer is larger than %2 KiB</source>
        <translation>%1 上回应的不是 Zotero 连接器：其回应大于 %2 KiB</translation>
    </message>
    <message>
        <source>Zotero at %1 answered HTTP %2</source>
        <translation>%1 上的 Zotero 回应 HTTP %2</translation>
    </message>
    <message>
        <source>Zotero at %1 answered HTTP %2: %3</source>
        <translation>%1 上的 Zotero 回应 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Zotero is not running (nothing answers at %1): start Zotero and try again</source>
        <translation>Zotero 未运行（%1 无回应）：请启动 Zotero 后重试</translation>
    </message>
    <message>
        <source>cannot reach Zotero at %1: %2</source>
        <translation>无法连接 %1 上的 Zotero：%2</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector (HTTP %2)</source>
        <translation>%1 上回应的不是 Zotero 连接器（HTTP %2）</translation>
    </message>
    <message>
        <source>PAPERBOY_ZOTERO_URL=&apos;%1&apos; is not an http URL like http://127.0.0.1:23119</source>
        <translation>PAPERBOY_ZOTERO_URL=&apos;%1&apos; 不是类似 http://127.0.0.1:23119 的 http 地址</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector</source>
        <translation>%1 上回应的不是 Zotero 连接器</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>已将 %n 篇论文发送到 Zotero。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1；未发送任何内容</translation>
    </message>
    <message>
        <source>%1; %2 of %3 papers were sent before</source>
        <translation>%1；此前已发送 %3 篇中的 %2 篇</translation>
    </message>
    <message>
        <source>the sending to Zotero was stopped</source>
        <translation>发送到 Zotero 已停止</translation>
    </message>
</context>
<context>
    <name>paperboy::apikey</name>
    <message>
        <source>the key contains a line break</source>
        <translation>密钥包含换行符</translation>
    </message>
    <message>
        <source>the key contains a control character</source>
        <translation>密钥包含控制字符</translation>
    </message>
    <message>
        <source>the key contains a space</source>
        <translation>密钥包含空格</translation>
    </message>
    <message>
        <source>the key contains a character that is not plain ASCII</source>
        <translation>密钥包含非 ASCII 字符</translation>
    </message>
</context>
<context>
    <name>paperboy::bibsync</name>
    <message>
        <source>The bibliography was not changed: %1.</source>
        <translation>参考文献未更改：%1。</translation>
    </message>
    <message>
        <source>The bibliography %1 is gone (moved or deleted?); the star is kept, and Append Starred to Bibliography writes the file again.</source>
        <translation>参考文献 %1 已不存在（被移动或删除？）；星标已保留，“将星标论文追加到参考文献库”会重新写入该文件。</translation>
    </message>
    <message>
        <source>The bibliography was not changed (the star is kept): %1.</source>
        <translation>参考文献未更改（星标已保留）：%1。</translation>
    </message>
    <message>
        <source>the bibliography file %1 is not a full path (like %2): the window and the command line would each look for it in another folder</source>
        <translation>参考文献文件 %1 不是完整路径（例如 %2）：窗口和命令行会各自在不同的文件夹中查找它</translation>
    </message>
</context>
<context>
    <name>paperboy::digest</name>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1 不在缓存中</translation>
    </message>
    <message>
        <source>the cache holds no day yet: fetch one first</source>
        <translation>缓存中还没有任何日期：请先获取一天</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>Paperboy digest %1</source>
        <translation>Paperboy 日报 %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <comment>digest: tokens sent</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>Completion</source>
        <comment>digest: tokens received</comment>
        <translation>补全</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>digest: prompt + completion</comment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Token</source>
        <comment>digest: the row of token counts</comment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>digest: the row of costs</comment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Total arXiv papers: %1</source>
        <translation>arXiv 论文总数：%1</translation>
    </message>
    <message>
        <source>Total scanned papers: %1</source>
        <translation>已扫描论文总数：%1</translation>
    </message>
    <message>
        <source>Total relevant papers: %1</source>
        <translation>相关论文总数：%1</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>ArXiv ID: %1</source>
        <translation>arXiv ID：%1</translation>
    </message>
    <message>
        <source>Abstract: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <source>Relevance: %1 Novelty: %2</source>
        <translation>相关性：%1 新颖性：%2</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>未评分。</translation>
    </message>
    <message>
        <source>Paper selection prompt</source>
        <translation>论文筛选提示词</translation>
    </message>
    <message>
        <source>Set aside by its title: %1</source>
        <translation>按标题搁置：%1</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer.</source>
        <translation>被离线评分器搁置。</translation>
    </message>
    <message>
        <source>PDF</source>
        <comment>digest: the link to a paper&apos;s PDF</comment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>en</source>
        <comment>digest: the language code (BCP 47) of this translation, for the web page</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>digest: the heading above the papers</comment>
        <translation>论文</translation>
    </message>
    <message>
        <source>All days</source>
        <comment>web site: the link from a day to the list</comment>
        <translation>所有日期</translation>
    </message>
</context>
<context>
    <name>paperboy::i18n</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of QLocale::toString: Mon 27 Apr 2026</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>paperboy::network</name>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时回应</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
</context>
<context>
    <name>paperboy::push</name>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>相关性 %1 · 新颖性 %2</translation>
    </message>
    <message>
        <source>followed author %1</source>
        <translation>关注的作者 %1</translation>
    </message>
    <message>
        <source>Paperboy %1</source>
        <translation>Paperboy %1</translation>
    </message>
    <message>
        <source>%1 relevant of %2 papers</source>
        <translation>%2 篇论文中 %1 篇相关</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 未设置</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 不是 http(s) 地址</translation>
    </message>
    <message>
        <source>%1 must be an https address: plain http would send its secret in the clear (http is accepted only for this computer)</source>
        <translation>%1 必须是 https 地址：普通 http 会以明文发送其密钥（仅本机接受 http）</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n relevant paper(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 篇相关论文推送到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was pushed to %2 at %3; nothing sent.</source>
        <translation>%1 已于 %3 推送到 %2；未发送任何内容。</translation>
    </message>
    <message>
        <source>The push to %1 failed: %2</source>
        <translation>推送到 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>pushed, but cannot record it in the cache: %1</source>
        <translation>已推送，但无法记录到缓存中：%1</translation>
    </message>
    <message>
        <source>the Slack webhook address (Settings, Sharing, or %1)</source>
        <translation>Slack Webhook 地址（设置 → 分享，或 %1）</translation>
    </message>
    <message>
        <source>the Matrix homeserver (Settings, Sharing, or %1)</source>
        <translation>Matrix 主服务器（设置 → 分享，或 %1）</translation>
    </message>
    <message>
        <source>the webhook address (Settings, Sharing, or %1)</source>
        <translation>Webhook 地址（设置 → 分享，或 %1）</translation>
    </message>
    <message>
        <source>the Matrix room (Settings, Sharing, or %1)</source>
        <translation>Matrix 房间（设置 → 分享，或 %1）</translation>
    </message>
    <message>
        <source>the Matrix access token (Settings, Sharing, or %1)</source>
        <translation>Matrix 访问令牌（设置 → 分享，或 %1）</translation>
    </message>
    <message>
        <source>the keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <source>Paperboy test message: the day&apos;s relevant papers can be posted here.</source>
        <translation>Paperboy 测试消息：当天的相关论文可以发布到这里。</translation>
    </message>
    <message>
        <source>%1 holds a line break</source>
        <translation>%1 包含换行符</translation>
    </message>
    <message>
        <source>%1 is not a room id (!id:server)</source>
        <translation>%1 不是房间 ID（!id:server）</translation>
    </message>
    <message>
        <source>the saved Matrix access token is for %1, not %2: type the token for %2 in Settings, Sharing (or set %3)</source>
        <translation>已保存的 Matrix 访问令牌属于 %1，而不是 %2：请在 设置 → 分享 中输入 %2 的令牌（或设置 %3）</translation>
    </message>
    <message>
        <source>another homeserver</source>
        <translation>另一个主服务器</translation>
    </message>
    <message>
        <source>%1 holds a user name or password: Matrix needs only the access token</source>
        <translation>%1 包含用户名或密码：Matrix 只需要访问令牌</translation>
    </message>
</context>
<context>
    <name>paperboy::push::PushSender</name>
    <message>
        <source>%1 kept refusing with 429 Too Many Requests; try again later</source>
        <translation>%1 持续以 429 Too Many Requests 拒绝；请稍后重试</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s (429 Too Many Requests); try again later</source>
        <translation>%1 要求等待 %2 秒（429 Too Many Requests）；请稍后重试</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 未在 %2 秒内回应</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which is not followed; check the address</source>
        <translation>%1 回应了重定向（HTTP %2），不会跟随；请检查地址</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 KiB; not read</source>
        <translation>%1 的回应超过 %2 KiB；未读取</translation>
    </message>
    <message>
        <source>%1 refused the message: HTTP %2</source>
        <translation>%1 拒绝了消息：HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source> (after %1 of %2 messages)</source>
        <translation>（已发送 %2 条消息中的 %1 条）</translation>
    </message>
</context>
<context>
    <name>paperboy::settings</name>
    <message>
        <source>&apos;%1&apos; is not an arXiv category (like cs.LG or math.AG)</source>
        <translation>“%1”不是 arXiv 分类（例如 cs.LG 或 math.AG）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an announce type (new, cross, replace, replace-cross)</source>
        <translation>“%1”不是公告类型（new、cross、replace、replace-cross）</translation>
    </message>
</context>
<context>
    <name>paperboy::site</name>
    <message>
        <source>Paperboy: the relevant papers</source>
        <comment>web site: the feed&apos;s title</comment>
        <translation>Paperboy：相关论文</translation>
    </message>
    <message>
        <source>Paperboy digests</source>
        <comment>web site: the title of the list of days</comment>
        <translation>Paperboy 摘要</translation>
    </message>
    <message>
        <source>The relevant papers as a feed (Atom)</source>
        <comment>web site: the link to the feed</comment>
        <translation>相关论文订阅源（Atom）</translation>
    </message>
    <message>
        <source>Every day in the cache, newest first</source>
        <translation>缓存中的每一天，最新的在前</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>web site: column of the list of days</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>web site: column of the list of days</comment>
        <translation>论文</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>web site: column of the list of days</comment>
        <translation>相关</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>web site: column of the list of days</comment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Older days not listed: %1</source>
        <translation>未列出的更早日期：%1</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>the cache holds no day yet: fetch one first</source>
        <translation>缓存中还没有任何一天：请先获取</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write into the folder %1</source>
        <translation>无法写入文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a page of a Paperboy site: it is kept, and nothing was written (choose an empty folder, or the one an earlier build wrote)</source>
        <translation>%1 不是 Paperboy 网站的页面：它被保留，且未写入任何内容（请选择空文件夹，或之前生成网站的文件夹）</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 of %n day(s): the pages written stay, the list of days is as it was</source>
        <translation>
            <numerusform>已在 %n 天中的第 %1 天后停止：已写入的页面保留，日期列表保持原样</numerusform>
        </translation>
    </message>
</context>
</TS>
