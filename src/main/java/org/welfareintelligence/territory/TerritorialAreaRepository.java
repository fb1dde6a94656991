package org.welfareintelligence.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TerritorialAreaRepository extends JpaRepository<TerritorialArea, Long> {

    Optional<TerritorialArea> findByLevelAndCode(AreaLevel level, String code);

    List<TerritorialArea> findByLevelOrderByCode(AreaLevel level);

    long countByLevel(AreaLevel level);
}
