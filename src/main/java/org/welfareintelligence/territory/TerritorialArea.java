package org.welfareintelligence.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.MultiPolygon;

/** A municipio, neighbourhood (NIL), census area (ACE) or the city itself. */
@Entity
@Table(name = "territorial_area")
public class TerritorialArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AreaLevel level;

    private String code;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private TerritorialArea parent;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon geom;

    private Integer population;

    @Column(name = "area_km2")
    private Double areaKm2;

    protected TerritorialArea() {
    }

    public Long getId() {
        return id;
    }

    public AreaLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TerritorialArea getParent() {
        return parent;
    }

    public MultiPolygon getGeom() {
        return geom;
    }

    public Integer getPopulation() {
        return population;
    }

    public Double getAreaKm2() {
        return areaKm2;
    }
}
