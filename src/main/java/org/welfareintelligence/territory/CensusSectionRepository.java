package org.welfareintelligence.territory;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CensusSectionRepository extends JpaRepository<CensusSection, Long> {

    @EntityGraph(attributePaths = {"neighbourhood", "neighbourhood.parent", "censusArea"})
    Optional<CensusSection> findByCode(String code);

    long countByGeomIsNotNull();
}
