package org.welfareintelligence.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** The smallest territorial unit: demand is keyed to census sections (ISTAT SEZ2011 codes). */
@Entity
@Table(name = "census_section")
public class CensusSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private boolean placeholder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id")
    private TerritorialArea neighbourhood;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "census_area_id")
    private TerritorialArea censusArea;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon geom;

    @Column(columnDefinition = "geometry(Point,4326)")
    private Point centroid;

    private int population;

    private Integer families;

    @Column(name = "area_km2")
    private Double areaKm2;

    protected CensusSection() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }

    public TerritorialArea getNeighbourhood() {
        return neighbourhood;
    }

    public TerritorialArea getCensusArea() {
        return censusArea;
    }

    public MultiPolygon getGeom() {
        return geom;
    }

    public Point getCentroid() {
        return centroid;
    }

    public int getPopulation() {
        return population;
    }

    public Integer getFamilies() {
        return families;
    }

    public Double getAreaKm2() {
        return areaKm2;
    }
}
