package org.welfareintelligence.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.SampleCityApiTest;

/** With one solver and one waiting place, a third job is refused with 503 until a place is freed. */
@TestPropertySource(properties = {"wi.siting.concurrent-jobs=1", "wi.siting.queued-jobs=1"})
class SitingQueueTest extends SampleCityApiTest {

    @BeforeEach
    void noOtherJobsWaiting() {
        jdbc.update("DELETE FROM job");
    }

    private static final String LONG_QUESTION = """
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3,
             "timeLimitSeconds": 60}""";

    @Test
    void aFullQueueIsRefusedWithServiceUnavailableUntilAJobIsCancelled() throws Exception {
        List<String> jobs = new ArrayList<>();
        try {
            jobs.add(submit().andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location"));
            awaitRunning(jobs.get(0));
            jobs.add(submit().andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location"));
            submit().andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(jsonPath("$.message").value(containsString("1 jobs are running and 1 are waiting")));
            mvc.perform(get(jobs.get(1)).with(httpBasic("admin", "admin"))).andExpect(jsonPath("$.state").value("QUEUED"));

            mvc.perform(delete(jobs.get(1)).with(httpBasic("admin", "admin")))
                    .andExpect(jsonPath("$.state").value("CANCELLED"));
            jobs.add(submit().andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location"));
        } finally {
            for (String job : jobs) {
                mvc.perform(delete(job).with(httpBasic("admin", "admin")));
            }
        }
    }

    /** The first job holds the only solver (claimed from the queue within a poll) before the next one queues. */
    private void awaitRunning(String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!mvc.perform(get(job).with(httpBasic("admin", "admin"))).andReturn().getResponse().getContentAsString()
                .contains("\"RUNNING\"")) {
            assertThat(System.nanoTime()).as("job %s running within 10 s", job).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private ResultActions submit() throws Exception {
        return mvc.perform(post("/api/optimisation/jobs").with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(LONG_QUESTION));
    }
}
