package org.welfareintelligence.target;

/** Whether a target counts people or families (households). */
public enum TargetKind {
    PERSON, FAMILY
}
