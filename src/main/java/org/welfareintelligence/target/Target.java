package org.welfareintelligence.target;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.welfareintelligence.i18n.Language;

/** A target group of demand, e.g. "elderly living alone" (people) or "single-parent families". */
@Entity
@Table(name = "target")
public class Target {

    @Id
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private String groupCode;

    private String nameIt;

    private String nameEn;

    private String description;

    private int sortOrder;

    protected Target() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public TargetKind getKind() {
        return kind;
    }

    public String getGroupCode() {
        return groupCode;
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

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
