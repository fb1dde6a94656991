package org.welfareintelligence.jobs;

import java.time.Duration;

/**
 * One kind of job, as a module offers it to the workers of every node: how many may run at once on a node, how
 * long finished ones are kept, and how to run one from the parameters it was submitted with.
 */
public interface JobWork {

    /**
     * A kind of job on this node.
     *
     * @param name           its name in the queue ("siting")
     * @param concurrentJobs jobs of this kind one node works at the same time (0: none, the node only shows them)
     * @param resultTtl      how long a finished job and its result are kept
     */
    record Kind(String name, int concurrentJobs, Duration resultTtl) {
    }

    Kind kind();

    /**
     * Runs a job on this node: rebuilds its problem from {@code parameters} (the JSON it was submitted with) and
     * returns its result, kept as JSON. It should stop early when {@link JobProgress#stopped()} turns true.
     */
    Object run(String parameters, JobProgress progress);
}
