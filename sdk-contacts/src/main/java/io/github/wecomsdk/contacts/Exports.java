package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComDownload;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * Asynchronous exports (异步导出): start an export with an {@code encoding_aeskey} of your own, poll
 * {@link #get(String)} (or wait for the {@code batch_job_result} event), then read the files,
 * which WeCom encrypts with that key, as records:
 *
 * <pre>{@code
 * String key = Exports.newAesKey();
 * String job = contacts.exports().users(key);
 * ExportResult result = contacts.exports().get(job); // poll until result.done()
 * try (Stream<User> users = contacts.exports().readUsers(result, key)) {
 *     users.forEach(user -> System.out.println(user.userId()));
 * }
 * }</pre>
 *
 * <p>Files are downloaded through the client ({@link WeComClient#download(String)}: its listener,
 * retries, deadline and log redaction; the access token never goes to a host other than WeCom's),
 * decrypted and parsed as a stream, one record at a time, so memory stays
 * flat for a million members; close the stream when done. The key is a secret: it is never put in a
 * message or log. Calls throw {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode
 * and {@link WeComValidationException} for bad input, before any request.
 */
public final class Exports {

    private final WeComClient client;

    Exports(WeComClient client) {
        this.client = client;
    }

    /**
     * A fresh random {@code encoding_aeskey}: 43 characters of a-z, A-Z, 0-9 from a
     * {@link java.security.SecureRandom}.
     *
     * @return the key; keep it secret and use it to read the files
     */
    public static String newAesKey() {
        return ExportCrypto.newAesKey();
    }

    /**
     * Exports every visible member in brief ({@code POST /cgi-bin/export/simple_user}), 1,000,000 members per file.
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits; nothing was sent
     */
    public String simpleUsers(String encodingAesKey) {
        return start("/cgi-bin/export/simple_user", null, encodingAesKey, null);
    }

    /**
     * Exports every visible member in brief ({@code POST /cgi-bin/export/simple_user}).
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @param blockSize      members per file, 10,000 to 1,000,000
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits or the block size is out of
     *         range; nothing was sent
     */
    public String simpleUsers(String encodingAesKey, int blockSize) {
        return start("/cgi-bin/export/simple_user", null, encodingAesKey, blockSize);
    }

    /**
     * Exports every visible member in detail ({@code POST /cgi-bin/export/user}), 1,000,000 members per file.
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits; nothing was sent
     */
    public String users(String encodingAesKey) {
        return start("/cgi-bin/export/user", null, encodingAesKey, null);
    }

    /**
     * Exports every visible member in detail ({@code POST /cgi-bin/export/user}).
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @param blockSize      members per file, 10,000 to 1,000,000
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits or the block size is out of
     *         range; nothing was sent
     */
    public String users(String encodingAesKey, int blockSize) {
        return start("/cgi-bin/export/user", null, encodingAesKey, blockSize);
    }

    /**
     * Exports every visible department ({@code POST /cgi-bin/export/department}), 1,000,000 departments per file.
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits; nothing was sent
     */
    public String departments(String encodingAesKey) {
        return start("/cgi-bin/export/department", null, encodingAesKey, null);
    }

    /**
     * Exports every visible department ({@code POST /cgi-bin/export/department}).
     *
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @param blockSize      departments per file, 10,000 to 1,000,000
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits or the block size is out of
     *         range; nothing was sent
     */
    public String departments(String encodingAesKey, int blockSize) {
        return start("/cgi-bin/export/department", null, encodingAesKey, blockSize);
    }

    /**
     * Exports a tag's members ({@code POST /cgi-bin/export/taguser}), 1,000,000 per file.
     *
     * @param tagId          the tag id
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits; nothing was sent
     */
    public String tagUsers(long tagId, String encodingAesKey) {
        return start("/cgi-bin/export/taguser", tagId, encodingAesKey, null);
    }

    /**
     * Exports a tag's members ({@code POST /cgi-bin/export/taguser}).
     *
     * @param tagId          the tag id
     * @param encodingAesKey the 43-character key WeCom encrypts the files with
     * @param blockSize      members per file, 10,000 to 1,000,000
     * @return the job id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the key is not 43 letters and digits or the block size is out of
     *         range; nothing was sent
     */
    public String tagUsers(long tagId, String encodingAesKey, int blockSize) {
        return start("/cgi-bin/export/taguser", tagId, encodingAesKey, blockSize);
    }

    /**
     * The state of an export job and its files ({@code GET /cgi-bin/export/get_result}); ask with the
     * same identity that started the job.
     *
     * @param jobId the job id
     * @return the state; files once {@link ExportResult#done()}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public ExportResult get(String jobId) {
        Checks.notBlank(jobId, "jobid");
        return client.execute(
                ApiRequest.get("/cgi-bin/export/get_result")
                        .query("jobid", jobId)
                        .build(),
                ExportResult.class);
    }

    /**
     * Downloads one file and returns its decrypted JSON as a stream. At the end of the stream the
     * padding and the ciphertext's MD5 are checked; a mismatch fails the last read with an
     * {@link IOException}.
     *
     * @param file           the file
     * @param encodingAesKey the key the export was started with
     * @return the plaintext; close it
     * @throws io.github.wecomsdk.core.WeComHttpException if the download answers with an HTTP error (expired
     *         URL: 2 hours)
     * @throws io.github.wecomsdk.core.WeComNetworkException if the download fails
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public InputStream openDecrypted(ExportFile file, String encodingAesKey) {
        Checks.notNull(file, "file");
        Checks.notBlank(file.url(), "file.url");
        ExportCrypto.checkAesKey(encodingAesKey);
        if (HttpUrl.parse(file.url().strip()) == null) {
            throw new WeComValidationException("file.url is not an http(s) URL");
        }
        WeComDownload download = client.download(file.url());
        InputStream body = new FilterInputStream(download.body()) {
            @Override
            public void close() {
                download.close();
            }
        };
        return ExportCrypto.decrypting(body, encodingAesKey, file.md5());
    }

    /**
     * The members of a finished simple-member export, file after file, read lazily.
     *
     * @param result         a finished result of {@link #simpleUsers(String)}
     * @param encodingAesKey the key the export was started with
     * @return a lazy stream; close it. Failures surface while consuming as {@link WeComException}s
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<SimpleUser> readSimpleUsers(ExportResult result, String encodingAesKey) {
        return read(result, encodingAesKey, "userlist", SimpleUser.class);
    }

    /**
     * The members of a finished member-detail export, file after file, read lazily.
     *
     * @param result         a finished result of {@link #users(String)}
     * @param encodingAesKey the key the export was started with
     * @return a lazy stream; close it
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<User> readUsers(ExportResult result, String encodingAesKey) {
        return read(result, encodingAesKey, "userlist", User.class);
    }

    /**
     * The departments of a finished department export, file after file, read lazily.
     *
     * @param result         a finished result of {@link #departments(String)}
     * @param encodingAesKey the key the export was started with
     * @return a lazy stream; close it
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<Department> readDepartments(ExportResult result, String encodingAesKey) {
        return read(result, encodingAesKey, "department", Department.class);
    }

    /**
     * The content of a finished tag-member export, one {@link TagMembers} per file.
     *
     * @param result         a finished result of {@link #tagUsers(long, String)}
     * @param encodingAesKey the key the export was started with
     * @return a lazy stream; close it
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<TagMembers> readTagMembers(ExportResult result, String encodingAesKey) {
        return read(result, encodingAesKey, null, TagMembers.class);
    }

    private String start(String path, Long tagId, String encodingAesKey, Integer blockSize) {
        ExportCrypto.checkAesKey(encodingAesKey);
        if (blockSize != null) {
            Checks.range(blockSize, 10_000, 1_000_000, "block_size");
        }
        return client.execute(
                        ApiRequest.post(path)
                                .body(new Start(tagId, encodingAesKey, blockSize))
                                .build(),
                        JobId.class)
                .jobId();
    }

    private <T> Stream<T> read(ExportResult result, String encodingAesKey, String arrayField, Class<T> type) {
        Checks.notNull(result, "result");
        ExportCrypto.checkAesKey(encodingAesKey);
        if (!result.done()) {
            throw new WeComValidationException(
                    "The export is not done (status " + result.status() + "); poll get(jobId) until status 2");
        }
        FileRecords<T> records = new FileRecords<>(result.dataList(), encodingAesKey, arrayField, type);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(records::close);
    }

    private final class FileRecords<T> implements Iterator<T> {

        private final Iterator<ExportFile> files;
        private final String key;
        private final String arrayField;
        private final Class<T> type;
        private final ObjectMapper mapper = client.objectMapper();
        private InputStream stream;
        private JsonParser parser;
        private String path;
        private T next;

        FileRecords(List<ExportFile> files, String key, String arrayField, Class<T> type) {
            this.files = files.iterator();
            this.key = key;
            this.arrayField = arrayField;
            this.type = type;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (parser == null) {
                        if (!files.hasNext()) {
                            return false;
                        }
                        open(files.next());
                        if (arrayField == null) {
                            next = mapper.readValue(parser, type);
                            finishFile();
                            continue;
                        }
                        seekArray();
                    }
                    if (parser != null) {
                        JsonToken token = parser.nextToken();
                        if (token == JsonToken.END_ARRAY) {
                            finishFile();
                        } else {
                            next = mapper.readValue(parser, type);
                        }
                    }
                }
                return true;
            } catch (IOException | UncheckedIOException e) {
                close();
                throw new WeComResponseException(
                        "Reading the export file " + path + " failed: " + e.getMessage(), path == null ? "" : path, e);
            }
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T item = next;
            next = null;
            return item;
        }

        private void open(ExportFile file) throws IOException {
            HttpUrl url = HttpUrl.parse(file.url());
            path = url == null ? "" : url.encodedPath();
            stream = openDecrypted(file, key);
            parser = mapper.createParser(stream);
        }

        private void seekArray() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the file is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (arrayField.equals(field) && value == JsonToken.START_ARRAY) {
                    return;
                }
                parser.skipChildren();
            }
            finishFile();
        }

        /** Reads the file to its end, so that the padding and MD5 are checked, and closes it. */
        private void finishFile() throws IOException {
            if (parser != null) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
                stream.transferTo(java.io.OutputStream.nullOutputStream());
            }
            closeQuietly();
        }

        void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                if (parser != null) {
                    parser.close();
                }
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException ignored) {
                // the file is abandoned; nothing is left to report
            } finally {
                parser = null;
                stream = null;
            }
        }
    }

    private record Start(
            @JsonProperty("tagid") Long tagId,
            @JsonProperty("encoding_aeskey") String encodingAesKey,
            @JsonProperty("block_size") Integer blockSize) {
        @Override
        public String toString() {
            return "Start[tagid=" + tagId + ", encoding_aeskey=***, block_size=" + blockSize + "]";
        }
    }

    private record JobId(@JsonProperty("jobid") String jobId) {}
}
