package org.welfareintelligence.supply;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.welfareintelligence.i18n.Language;

/** A kind of service a facility can offer, e.g. home care or a nursery, with where it is delivered. */
@Entity
@Table(name = "service_type")
public class ServiceType {

    @Id
    private Long id;

    private String code;

    private String categoryCode;

    private String nameIt;

    private String nameEn;

    private String description;

    private String delivery;

    protected ServiceType() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCategoryCode() {
        return categoryCode;
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

    public String getDelivery() {
        return delivery;
    }
}
