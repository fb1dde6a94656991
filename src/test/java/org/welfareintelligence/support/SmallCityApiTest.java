package org.welfareintelligence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base for API tests on the hand-made {@link SmallCity}: loaded before each test (subclasses add their facilities)
 * and emptied after, so the sample city is loaded again by the next test that needs it.
 */
@AutoConfigureMockMvc
public abstract class SmallCityApiTest extends PostgisTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;

    @BeforeEach
    void loadSmallCity() {
        SmallCity.load(jdbc);
    }

    @AfterEach
    void emptyTheDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    /** The answer to a planner asking in English, which must be 200. */
    protected MockHttpServletResponse ok(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return answer(request.header("Accept-Language", "en"), 200);
    }

    protected JsonNode okJson(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return json.readTree(ok(request).getContentAsString());
    }

    /** The answer to a planner, which must have {@code status}. */
    protected MockHttpServletResponse answer(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("planner").roles("PLANNER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    protected static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    protected static List<Double> numbers(JsonNode array, String field) {
        List<Double> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asDouble()));
        return values;
    }
}
