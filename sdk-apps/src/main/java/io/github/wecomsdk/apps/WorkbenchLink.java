package io.github.wecomsdk.apps;

/**
 * Where a tap on a workbench item goes: a web page ({@code jump_url}) or a mini-program page
 * ({@code pagepath}), at most one of them; the item builders hold one while they are filled.
 *
 * @param jumpUrl  the web page, or {@code null}
 * @param pagePath the mini-program page, or {@code null}
 */
record WorkbenchLink(String jumpUrl, String pagePath) {

    /** No link: a tap opens nothing set by the item. */
    static final WorkbenchLink NONE = new WorkbenchLink(null, null);

    /** A link to a web page; a page path set before is dropped. */
    static WorkbenchLink toUrl(String url) {
        return new WorkbenchLink(url, null);
    }

    /** A link to a mini-program page; a jump URL set before is dropped. */
    static WorkbenchLink toPage(String pagePath) {
        return new WorkbenchLink(null, pagePath);
    }
}
