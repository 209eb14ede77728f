package io.github.wecomsdk.media;

/**
 * What a finished download wrote: the file's name and type from WeCom's headers and its size.
 *
 * @param filename    the name from {@code Content-Disposition}, or {@code null} if WeCom sent none
 * @param contentType the MIME type WeCom sent, such as {@code image/jpeg}
 * @param size        the bytes written
 * @param resumes     how many times a broken connection was resumed with a {@code Range} request
 */
public record DownloadedMedia(String filename, String contentType, long size, int resumes) {}
