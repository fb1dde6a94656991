package org.welfareintelligence.privacy;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.welfareintelligence.database.DataVersion;

/**
 * Caching of computed answers in memory: analyses in {@value #ANALYSES}, map layers and tiles in {@value #LAYERS},
 * each bounded in entries ({@code wi.cache.*}) and dropped after 30 minutes unused.
 * An answer is reused only for the same question asked on the same version of the data by a reader of the same
 * disclosure level in the same language: the key is the method, its arguments (records and arrays compared by
 * value), {@link DataVersion#current()}, whether the reader's counts are controlled, the locale and the day. An import
 * bumps the data version, so no answer computed before it is ever served after it, and no answer computed
 * for a planner's exact figures is ever served to a reader of controlled ones. Use it as
 * {@code @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class AnswerCache {

    public static final String ANALYSES = "analyses";
    public static final String LAYERS = "layers";
    public static final String KEYS = "answerKeys";

    @Bean
    CacheManager answerCaches(@Value("${wi.cache.analyses:200}") int analyses, @Value("${wi.cache.layers:3000}") int layers) {
        SimpleCacheManager manager = new SimpleCacheManager();
        manager.setCaches(List.of(bounded(ANALYSES, analyses), bounded(LAYERS, layers)));
        return manager;
    }

    private static CaffeineCache bounded(String name, int entries) {
        return new CaffeineCache(name, Caffeine.newBuilder().maximumSize(entries)
                .expireAfterAccess(Duration.ofMinutes(30)).build());
    }

    @Bean(KEYS)
    KeyGenerator answerKeys(DataVersion version, DisclosureControl disclosure) {
        return (target, method, params) -> key(method, params, version.current(), disclosure.appliesToCurrentUser());
    }

    static List<Object> key(Method method, Object[] params, long dataVersion, boolean controlledFigures) {
        List<Object> key = new ArrayList<>(params.length + 4);
        key.add(method.getDeclaringClass().getName() + "#" + method.getName());
        for (Object param : params) {
            key.add(byValue(param));
        }
        key.add(dataVersion);
        key.add(controlledFigures);
        key.add(LocaleContextHolder.getLocale().toLanguageTag());
        // what is in force "today" changes at midnight without any write to the data
        key.add(LocalDate.now());
        return key;
    }

    /** Records and arrays as lists of their values, so that equal questions give equal keys. */
    static Object byValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>(Array.getLength(value));
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(byValue(Array.get(value, i)));
            }
            return items;
        }
        if (value instanceof Record record) {
            List<Object> components = new ArrayList<>();
            components.add(record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    components.add(byValue(accessor.invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component + " of a cache key", e);
                }
            }
            return components;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AnswerCache::byValue).toList();
        }
        return value;
    }
}
