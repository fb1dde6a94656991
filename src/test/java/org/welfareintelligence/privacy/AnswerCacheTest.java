package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cache keys: equal questions give equal keys; another data version or disclosure level another key. */
class AnswerCacheTest {

    record Question(String target, double[] bounds, List<String> districts) {
    }

    private final Method method = Question.class.getRecordComponents()[0].getAccessor();

    @Test
    void questionsAreComparedByValueIncludingTheirArrays() {
        Object a = AnswerCache.key(method, new Object[] {new Question("T", new double[] {1, 2}, List.of("x"))}, 7, false);
        Object b = AnswerCache.key(method, new Object[] {new Question("T", new double[] {1, 2}, List.of("x"))}, 7, false);
        Object c = AnswerCache.key(method, new Object[] {new Question("T", new double[] {1, 3}, List.of("x"))}, 7, false);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void anotherDataVersionOrDisclosureLevelIsAnotherAnswer() {
        Object[] question = {new Question("T", new double[] {1}, List.of())};
        Object key = AnswerCache.key(method, question, 7, false);
        assertThat(key).isNotEqualTo(AnswerCache.key(method, question, 8, false));
        assertThat(key).isNotEqualTo(AnswerCache.key(method, question, 7, true));
    }
}
