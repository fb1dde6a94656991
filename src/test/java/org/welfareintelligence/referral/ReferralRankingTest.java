package org.welfareintelligence.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The referral rule on a hand-worked table of seven centres. */
class ReferralRankingTest {

    //                                        A    B    C    D    E     F     G
    private static final double[] COST = {300, 500, 800, 900, 1200, 1500, 2000};
    private static final int[] FREE = {0, 2, -1, 5, 0, 3, 1};

    @Test
    void theNearestAreListedWithRoomFirstThenUnknownThenFullAndOthersAreTheNextWithRoom() {
        ReferralRanking.Ranking ranking = ReferralRanking.rank(COST, FREE, 3);
        // nearest three by cost: A (full), B (2 free), C (unknown) → B, C, A
        assertThat(ranking.centres()).containsExactly(1, 2, 0);
        // beyond them, with room in cost order: D (5), F (3), G (1); E is full
        assertThat(ranking.others()).containsExactly(3, 5, 6);
    }

    @Test
    void tiesKeepInputOrderAndShortListsAreWhole() {
        ReferralRanking.Ranking ranking = ReferralRanking.rank(new double[] {100, 100, 50}, new int[] {1, 1, 0}, 5);
        assertThat(ranking.centres()).containsExactly(0, 1, 2);
        assertThat(ranking.others()).isEmpty();
        ReferralRanking.Ranking one = ReferralRanking.rank(COST, FREE, 1);
        assertThat(one.centres()).containsExactly(0);
        assertThat(one.others()).containsExactly(1);
    }
}
