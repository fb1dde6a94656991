package org.welfareintelligence.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Gives the pool Spring Boot configured (URL, credentials, driver properties) {@link PatientConnections}. */
@Component
class PatientPool implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null) {
            pool.setDataSource(new PatientConnections(new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                    pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword())));
        }
        return bean;
    }
}
