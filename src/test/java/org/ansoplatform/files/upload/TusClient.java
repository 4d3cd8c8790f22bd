package org.ansoplatform.files.upload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A tus 1.0 client over MockMvc, signed in as one person (or anonymous when {@code who} is null). */
record TusClient(MockMvc mvc, RequestPostProcessor who) {

    MockHttpServletResponse create(long length, Map<String, String> metadata) throws Exception {
        return create("/uploads", length, metadata);
    }

    MockHttpServletResponse create(String endpoint, long length, Map<String, String> metadata) throws Exception {
        MockHttpServletRequestBuilder post = tus(HttpMethod.POST, endpoint).header("Upload-Length", length);
        if (!metadata.isEmpty()) {
            post.header("Upload-Metadata", metadata.entrySet().stream().map(e -> e.getKey() + " "
                    + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                    .collect(Collectors.joining(",")));
        }
        return perform(post.with(csrf()));
    }

    MockHttpServletResponse patch(String location, long offset, byte[] chunk) throws Exception {
        return patch(location, offset, chunk, null);
    }

    /** A PATCH, with an Upload-Checksum header when {@code sha1Base64} is given. */
    MockHttpServletResponse patch(String location, long offset, byte[] chunk, String sha1Base64) throws Exception {
        MockHttpServletRequestBuilder patch = tus(HttpMethod.PATCH, location).header("Upload-Offset", offset)
                .header("Content-Type", "application/offset+octet-stream").content(chunk);
        if (sha1Base64 != null) {
            patch.header("Upload-Checksum", "sha1 " + sha1Base64);
        }
        return perform(patch.with(csrf()));
    }

    MockHttpServletResponse head(String location) throws Exception {
        return perform(tus(HttpMethod.HEAD, location));
    }

    MockHttpServletResponse delete(String location) throws Exception {
        return perform(tus(HttpMethod.DELETE, location).with(csrf()));
    }

    /** Creates an upload of {@code content} and sends it in {@code pieces} PATCHes; returns its address. */
    String upload(byte[] content, int pieces, Map<String, String> metadata) throws Exception {
        String location = create(content.length, metadata).getHeader("Location");
        int size = (content.length + pieces - 1) / pieces;
        for (int offset = 0; offset < content.length; offset += size) {
            byte[] chunk = java.util.Arrays.copyOfRange(content, offset, Math.min(content.length, offset + size));
            MockHttpServletResponse r = patch(location, offset, chunk);
            if (r.getStatus() != 204) {
                throw new AssertionError("PATCH answered " + r.getStatus() + " " + r.getErrorMessage());
            }
        }
        return location;
    }

    static Map<String, String> metadata(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String hex(String algorithm, byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    }

    static String base64(String algorithm, byte[] content) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(content));
    }

    private MockHttpServletRequestBuilder tus(HttpMethod method, String uri) {
        MockHttpServletRequestBuilder builder = request(method, uri).header("Tus-Resumable", "1.0.0");
        return who == null ? builder : builder.with(who);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder builder) throws Exception {
        return mvc.perform(builder).andReturn().getResponse();
    }
}
