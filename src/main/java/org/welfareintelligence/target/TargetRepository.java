package org.welfareintelligence.target;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    Optional<Target> findByCode(String code);
}
