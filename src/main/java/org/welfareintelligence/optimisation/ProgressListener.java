package org.welfareintelligence.optimisation;

/** Receives progress reports from a running solver; called on the solver's thread, so keep it cheap. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction estimate of work done, 0 to 1 (by time or iterations, whichever is further)
     * @param message  what the solver is doing, in words
     */
    void progress(double fraction, String message);
}
