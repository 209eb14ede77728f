package io.github.wecomsdk.media;

/**
 * Where an attachment from {@code media/upload_attachment} will be used, WeCom's
 * {@code attachment_type}.
 */
public enum AttachmentType {
    /** Moments (朋友圈), {@code 1}: images and videos only. */
    MOMENTS(1),
    /** A product album (商品图册), {@code 2}: images only. */
    PRODUCT_ALBUM(2);

    private final int code;

    AttachmentType(int code) {
        this.code = code;
    }

    /**
     * WeCom's value for {@code attachment_type}.
     *
     * @return 1 or 2
     */
    public int code() {
        return code;
    }
}
