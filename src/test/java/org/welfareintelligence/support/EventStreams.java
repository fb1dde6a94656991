package org.welfareintelligence.support;

import java.time.Duration;
import org.springframework.test.web.servlet.MvcResult;

/** Server-sent events of a job as MockMvc collected them. */
public final class EventStreams {

    private EventStreams() {
    }

    /**
     * The stream once its last event "done" has arrived, or as it is after 10 s: events read the job's row at every
     * heartbeat, so the end reaches them shortly after a GET already shows it.
     */
    public static String untilDone(MvcResult events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String stream = events.getResponse().getContentAsString();
        while (!stream.contains("event:done") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            stream = events.getResponse().getContentAsString();
        }
        return stream;
    }
}
