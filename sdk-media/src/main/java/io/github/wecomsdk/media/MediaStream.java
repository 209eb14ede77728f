package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComDownload;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComHttpException;
import io.github.wecomsdk.core.WeComResponseException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A media file streamed from WeCom, which the caller reads and closes (ideally with
 * try-with-resources). Nothing is buffered beyond the network's own buffers, so memory stays flat
 * whatever the file's size.
 *
 * <p>When the connection drops in the middle of the body, the stream asks WeCom again with an HTTP
 * {@code Range: bytes=<received>-} header, checks that the {@code 206 Partial Content} answer starts
 * exactly where the data stopped, and carries on; the reader sees one unbroken stream. It does so
 * a bounded number of times per file. When WeCom refuses a whole-file download as too large
 * (errcode 830002, for files over 20 MB), the stream fetches the file in ranges of at most 20 MB
 * instead, as WeCom requires.
 *
 * <p>An answer that declares no length and ends cleanly is not taken as complete on trust: the stream
 * asks once more from the byte where it ended ({@code Range: bytes=<received>-}). HTTP 416 confirms the
 * end; a {@code 206} with more data means the connection was cut, and reading carries on (counted as a
 * resume). When neither can be told, the stream ends and {@link #lengthVerified()} stays
 * {@code false}.
 *
 * <p>Reads throw {@link IOException} when the data cannot be completed within the resume limit, and
 * the SDK's unchecked {@link io.github.wecomsdk.core.WeComException}s when WeCom answers a resumed
 * request with an error. Not thread-safe.
 */
public final class MediaStream extends InputStream {

    /** WeCom's errcode for a file too large to download without ranges. */
    static final int FILE_TOO_LARGE_FOR_ONE_REQUEST = 830002;

    private static final Logger LOG = LoggerFactory.getLogger(MediaStream.class);
    private static final int ALIGNMENT = 16;

    /** Sends one request for the file; {@code range} is the {@code Range} header value, or null. */
    @FunctionalInterface
    interface Opener {
        WeComDownload open(String range);
    }

    private final Opener opener;
    private final String path;
    private final String label;
    private final int maxResumes;
    private final long chunkSize;

    private WeComDownload current;
    private InputStream body;
    private long position;
    private long answerStart;
    private long currentEnd = -1;
    private long total = -1;
    private boolean ranged;
    private int resumes;
    private boolean finished;
    private boolean probedEnd;
    private boolean closed;
    private String filename;
    private String contentType;

    private MediaStream(Opener opener, String path, String label, int maxResumes, long chunkSize) {
        this.opener = opener;
        this.path = path;
        this.label = label;
        this.maxResumes = maxResumes;
        this.chunkSize = chunkSize;
    }

    /**
     * Sends the first request and returns the stream open on its answer.
     *
     * @param opener     sends one request
     * @param path       the API path, for exceptions
     * @param label      the endpoint and media id, for messages
     * @param maxResumes how many times a broken body may be resumed
     * @param chunkSize  the range size used after errcode 830002
     */
    static MediaStream open(Opener opener, String path, String label, int maxResumes, long chunkSize) {
        MediaStream stream = new MediaStream(opener, path, label, maxResumes, chunkSize);
        WeComDownload first;
        try {
            first = opener.open(null);
        } catch (WeComApiException e) {
            if (e.errcode() != FILE_TOO_LARGE_FOR_ONE_REQUEST) {
                throw e;
            }
            LOG.debug("{} is too large for one request (830002); fetching it in ranges of {} bytes", label, chunkSize);
            stream.ranged = true;
            first = opener.open(stream.rangeFrom(0));
        }
        stream.attach(first, 0, 0);
        stream.filename = first.filename().orElse(null);
        stream.contentType = first.contentType();
        return stream;
    }

    /**
     * The file name WeCom gave in {@code Content-Disposition}.
     *
     * @return the file name, if WeCom sent one
     */
    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    /**
     * The content type WeCom sent, such as {@code image/jpeg}.
     *
     * @return the MIME type, {@code application/octet-stream} if WeCom sent none
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The whole file's length, from {@code Content-Length} or {@code Content-Range}.
     *
     * @return the length in bytes, or -1 while unknown
     */
    public long totalLength() {
        return total;
    }

    /**
     * How many bytes the reader has received so far.
     *
     * @return the count
     */
    public long position() {
        return position;
    }

    /**
     * Whether the whole file is known to have arrived: the reader reached the end and the file's
     * length is known (declared by WeCom, or confirmed by a final range request when none was
     * declared) and equals what was read. {@code false} while reading, and when an answer without a
     * length ended and its end could not be confirmed.
     *
     * @return {@code true} once the end is confirmed
     */
    public boolean lengthVerified() {
        return finished && total >= 0 && position == total;
    }

    /**
     * How many times the download was resumed after a broken connection.
     *
     * @return the count, 0 when nothing broke
     */
    public int resumes() {
        return resumes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (closed) {
            throw new IOException("The media stream of " + label + " is closed");
        }
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        while (true) {
            int n;
            try {
                n = body.read(buffer, offset, length);
            } catch (IOException e) {
                resumeAfter(e);
                continue;
            }
            if (n >= 0) {
                position += n;
                return n;
            }
            if (currentEnd >= 0 && position < currentEnd) {
                resumeAfter(new EOFException("the answer ended at byte " + position + " of " + currentEnd));
            } else if (total >= 0 && position < total && position == answerStart) {
                resumeAfter(new EOFException("an answer for byte " + position + " of " + total + " was empty"));
            } else if (total >= 0 && position < total) {
                closeCurrent();
                attach(opener.open(rangeFrom(position)), position, alignedStart(position));
            } else if (total < 0 && !probedEnd) {
                probedEnd = true;
                if (!confirmEnd()) {
                    continue;
                }
                finished = true;
                return -1;
            } else {
                finished = true;
                closeCurrent();
                return -1;
            }
        }
    }

    /**
     * The answer declared no length and ended: asks from the byte where it ended. Returns {@code true}
     * when the end is confirmed or cannot be told (the stream then ends), {@code false} when more data
     * arrived and reading goes on.
     */
    private boolean confirmEnd() throws IOException {
        closeCurrent();
        WeComDownload probe;
        try {
            probe = opener.open("bytes=" + position + "-");
        } catch (WeComHttpException e) {
            if (e.statusCode() == 416) {
                total = position;
                return true;
            }
            return unverified("the range probe got HTTP " + e.statusCode());
        } catch (WeComApiException e) {
            return unverified("the range probe got errcode " + e.errcode());
        } catch (WeComException e) {
            // Every byte WeCom sent has arrived; a failed check must not fail the download.
            return unverified("the range probe failed: " + e.getMessage());
        }
        long length = probe.contentLength();
        if (probe.statusCode() == 206) {
            if (probe.header("Content-Range").isEmpty() || probe.rangeStart() != position) {
                probe.close();
                return unverified("the range probe answered "
                        + probe.header("Content-Range").orElse("no range"));
            }
            if (length == 0 || probe.totalLength() == position) {
                probe.close();
                total = position;
                return true;
            }
        } else if (length >= 0 && length <= position) {
            probe.close();
            if (length == position) {
                total = position;
                return true;
            }
            return unverified("WeCom ignored the range and sent a shorter file of " + length + " bytes");
        } else if (length < 0) {
            probe.close();
            return unverified("WeCom ignored the range and again declared no length");
        }
        if (resumes >= maxResumes) {
            probe.close();
            throw new IOException("The download of " + label + " ended at byte " + position + " without a length,"
                    + " and WeCom has more data, but the resume limit (" + maxResumes + ") is reached");
        }
        resumes++;
        LOG.debug(
                "The download of {} ended at byte {} without a length; WeCom has more, carrying on ({} of {})",
                label,
                position,
                resumes,
                maxResumes);
        attach(probe, position, probe.statusCode() == 206 ? position : 0);
        return false;
    }

    private boolean unverified(String reason) {
        LOG.warn(
                "The download of {} ended at byte {} without a declared length and its end could not be"
                        + " confirmed ({}); its size is unverified",
                label,
                position,
                reason);
        return true;
    }

    private void resumeAfter(IOException cause) throws IOException {
        closeCurrent();
        if (resumes >= maxResumes) {
            throw new IOException(
                    "The download of " + label + " broke at byte " + position
                            + (total >= 0 ? " of " + total : "") + " after " + resumes + " resumes (the limit): "
                            + cause.getMessage(),
                    cause);
        }
        resumes++;
        LOG.debug(
                "The download of {} broke at byte {} ({}); resuming with a Range request ({} of {})",
                label,
                position,
                cause.getMessage(),
                resumes,
                maxResumes);
        attach(opener.open(rangeFrom(position)), position, alignedStart(position));
    }

    /** Ranges of encrypted media must start and span multiples of 16 bytes; ranges ask from there. */
    private long alignedStart(long from) {
        return ranged ? from - from % ALIGNMENT : from;
    }

    private String rangeFrom(long from) {
        long start = alignedStart(from);
        if (!ranged) {
            return "bytes=" + start + "-";
        }
        long end = start + chunkSize - 1;
        if (total >= 0) {
            end = Math.min(end, total - 1);
        }
        return "bytes=" + start + "-" + end;
    }

    /**
     * Takes over an answer that should hold the file from byte {@code requestedStart}, skipping up to
     * {@code wanted} (the reader's position) when the answer starts earlier.
     */
    private void attach(WeComDownload download, long wanted, long requestedStart) {
        long start;
        long length = download.contentLength();
        if (download.statusCode() == 206) {
            start = download.rangeStart();
            if (download.header("Content-Range").isEmpty() || start != requestedStart) {
                download.close();
                throw new WeComResponseException(
                        "WeCom answered the range request for " + label + " from byte "
                                + requestedStart + " with "
                                + download.header("Content-Range").orElse("no Content-Range")
                                + "; the download cannot be resumed",
                        path,
                        null);
            }
            if (download.totalLength() >= 0) {
                total = download.totalLength();
            }
            currentEnd = length >= 0 ? start + length : total;
        } else {
            start = 0;
            if (length >= 0) {
                total = length;
            }
            currentEnd = total;
            ranged = false;
        }
        current = download;
        body = download.body();
        answerStart = wanted;
        try {
            skipFully(wanted - start);
        } catch (IOException e) {
            closeCurrent();
            throw new WeComResponseException(
                    "WeCom's answer for " + label + " ended before byte " + wanted + ": " + e.getMessage(), path, e);
        }
    }

    private void skipFully(long count) throws IOException {
        long left = count;
        byte[] scratch = left > 0 ? new byte[(int) Math.min(8192, left)] : null;
        while (left > 0) {
            int n = body.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (n < 0) {
                throw new EOFException(left + " bytes short");
            }
            left -= n;
        }
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Releases the connection; the stream cannot be read afterwards. */
    @Override
    public void close() {
        closed = true;
        closeCurrent();
    }

    @Override
    public String toString() {
        return "MediaStream[" + label + ", " + position + (total >= 0 ? " of " + total : "") + " bytes read]";
    }
}
