package org.welfareintelligence.target;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, String> {

    List<TargetGroup> findAllByOrderByKindAscSortOrderAsc();
}
