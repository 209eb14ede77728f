package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/** WeCom's workbench limits (doc 92535), checked when data is built and again before it is sent. */
final class WorkbenchRules {

    private WorkbenchRules() {}

    static void check(WorkbenchData data) {
        Checks.notNull(data, "data");
        if (data instanceof KeyData keyData) {
            items(keyData.items(), KeyData.MAX_ITEMS, "keydata.items");
            for (int i = 0; i < keyData.items().size(); i++) {
                check(keyData.items().get(i), "keydata.items[" + i + "]");
            }
        } else if (data instanceof ListData listData) {
            items(listData.items(), ListData.MAX_ITEMS, "list.items");
            for (int i = 0; i < listData.items().size(); i++) {
                check(listData.items().get(i), "list.items[" + i + "]");
            }
        } else if (data instanceof ImageData image) {
            Checks.notBlank(image.url(), "image.url");
        } else if (data instanceof WebviewData webview) {
            Checks.notBlank(webview.url(), "webview.url");
        }
    }

    private static void items(List<?> items, int max, String field) {
        if (items.isEmpty() || items.size() > max) {
            throw new WeComValidationException(field + " takes 1 to " + max + " items; got " + items.size());
        }
    }

    static void check(KeyDataItem item, String field) {
        Checks.notBlank(item.data(), field + ".data");
        Checks.maxChars(item.data(), KeyDataItem.MAX_TEXT_CHARS, field + ".data");
        Checks.maxChars(item.key(), KeyDataItem.MAX_TEXT_CHARS, field + ".key");
        Checks.maxChars(item.jumpUrl(), KeyDataItem.MAX_LINK_CHARS, field + ".jump_url");
        Checks.maxChars(item.pagePath(), KeyDataItem.MAX_LINK_CHARS, field + ".pagepath");
    }

    static void check(ListItem item, String field) {
        Checks.notBlank(item.title(), field + ".title");
        Checks.maxBytes(item.title(), ListItem.MAX_TITLE_BYTES, field + ".title");
    }
}
