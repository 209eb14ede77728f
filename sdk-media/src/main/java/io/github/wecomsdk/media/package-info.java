/**
 * WeCom materials (素材管理): temporary media uploaded and downloaded as streams whatever their size,
 * permanent images for article bodies, JS-SDK high-definition voice, asynchronous uploads of large
 * files from a URL, and attachments for moments and product albums. Start with
 * {@link io.github.wecomsdk.media.Media#of(io.github.wecomsdk.core.WeComClient)}.
 */
package io.github.wecomsdk.media;
