package org.welfareintelligence.target;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.welfareintelligence.i18n.Language;

/** The first level of the target taxonomy, e.g. "Elderly" or "Families in economic hardship". */
@Entity
@Table(name = "target_group")
public class TargetGroup {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private String nameIt;

    private String nameEn;

    private int sortOrder;

    protected TargetGroup() {
    }

    public String getCode() {
        return code;
    }

    public TargetKind getKind() {
        return kind;
    }

    public String getNameIt() {
        return nameIt;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the language of the request, for what people read. */
    public String getName() {
        return Language.current().pick(nameIt, nameEn);
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
