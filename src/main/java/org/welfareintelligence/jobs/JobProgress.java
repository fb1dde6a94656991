package org.welfareintelligence.jobs;

import java.time.Duration;

/** What a running job tells its workers, and what they tell it. */
public interface JobProgress {

    /** Records progress (never moving the bar back); written to the queue at the next lease renewal. */
    void report(double fraction, String message);

    /**
     * From now the bar also moves with the clock from {@code from} to {@code to} over {@code expected} (for solvers
     * that report nothing until they finish); a job still running long after that is given up.
     */
    void paceBy(Duration expected, double from, double to);

    /** The job was cancelled, given up or lost its lease: its answer will be dropped, so it may stop. */
    boolean stopped();
}
