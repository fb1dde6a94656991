package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.welfareintelligence.support.SampleCityApiTest;

/**
 * Replayed answers are the bytes first written, compressed once, for the same reader on the same data only:
 * a write to the data is in the very next answer, a validator still answers 304, and a foundation never gets
 * what a planner was answered for the same URL.
 */
class CachedResponsesTest extends SampleCityApiTest {

    private static final String DEMAND = "/api/demand?target=P_ELDERLY_75_PLUS&level=municipio";

    @Test
    void aRepeatedAnswerIsTheSameBytesCompressedOnce() throws Exception {
        MockHttpServletResponse first = read("/api/facilities", "planner");
        MockHttpServletResponse second = read("/api/facilities", "planner");
        assertThat(second.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        assertThat(gunzip(second.getContentAsByteArray())).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getContentAsByteArray().length).isLessThan(first.getContentAsByteArray().length / 4);
    }

    @Test
    void aReplayedLayerStillAnswersItsValidatorWith304() throws Exception {
        String etag = read("/api/facilities", "planner").getHeader("ETag");
        read("/api/facilities", "planner");
        MockHttpServletResponse revalidated = mvc.perform(get("/api/facilities").with(httpBasic("planner", "planner"))
                .header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aWriteToDemandIsInTheNextAnswer() throws Exception {
        String before = text(read(DEMAND, "planner"));
        assertThat(text(read(DEMAND, "planner"))).isEqualTo(before);
        long section = jdbc.queryForObject("""
                SELECT d.section_id FROM demand d JOIN target t ON t.id = d.target_id
                WHERE t.code = 'P_ELDERLY_75_PLUS' AND d.value > 0 ORDER BY d.section_id LIMIT 1""", Long.class);
        jdbc.update("""
                UPDATE demand SET value = value + 1000 WHERE section_id = ?
                  AND target_id = (SELECT id FROM target WHERE code = 'P_ELDERLY_75_PLUS')""", section);
        try {
            assertThat(text(read(DEMAND, "planner"))).isNotEqualTo(before);
        } finally {
            jdbc.update("""
                    UPDATE demand SET value = value - 1000 WHERE section_id = ?
                      AND target_id = (SELECT id FROM target WHERE code = 'P_ELDERLY_75_PLUS')""", section);
        }
        assertThat(text(read(DEMAND, "planner"))).isEqualTo(before);
    }

    @Test
    void aFoundationIsNeverAnsweredWhatAPlannerWas() throws Exception {
        String url = "/api/demand?target=P_ELDERLY_NON_SELF_SUFFICIENT&level=nil";
        String planner = text(read(url, "planner"));
        String foundation = text(read(url, "foundation"));
        assertThat(foundation).isNotEqualTo(planner);
        assertThat(text(read(url, "foundation"))).isEqualTo(foundation);
        assertThat(text(read(url, "planner"))).isEqualTo(planner);
    }

    @Test
    void answersToOtherParametersAreOtherAnswersHoweverTheParametersCame() throws Exception {
        String byMunicipio = mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS")
                .param("level", "municipio").with(httpBasic("planner", "planner"))).andReturn().getResponse()
                .getContentAsString();
        String byNil = mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "nil")
                .with(httpBasic("planner", "planner"))).andReturn().getResponse().getContentAsString();
        assertThat(byNil).isNotEqualTo(byMunicipio);
        assertThat(text(read(DEMAND, "planner"))).isEqualTo(byMunicipio);
    }

    private MockHttpServletResponse read(String url, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic(user, user))
                .header("Accept-Encoding", "gzip")).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    /** The answer as its reader sees it, decompressed when it came compressed. */
    private static String text(MockHttpServletResponse response) throws IOException {
        byte[] body = response.getContentAsByteArray();
        return new String("gzip".equals(response.getHeader("Content-Encoding")) ? gunzip(body) : body,
                StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
