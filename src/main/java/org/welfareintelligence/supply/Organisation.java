package org.welfareintelligence.supply;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An operator of facilities: the municipality, a third-sector organisation or a private company. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** The legal nature of an operator. */
    public enum Type {
        PUBLIC, THIRD_SECTOR, PRIVATE
    }

    @Id
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String sector;

    protected Organisation() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Type getType() {
        return type;
    }

    public String getSector() {
        return sector;
    }
}
