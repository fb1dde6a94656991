package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/** Queen contiguity of a regular grid of cells numbered row by row: the synthetic lattice for Gi* checks. */
final class QueenGrid {

    private QueenGrid() {
    }

    static int[][] neighbours(int columns, int rows) {
        int[][] neighbours = new int[columns * rows][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int[] list = new int[8];
                int count = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int nr = r + dr;
                        int nc = c + dc;
                        if ((dr != 0 || dc != 0) && nr >= 0 && nr < rows && nc >= 0 && nc < columns) {
                            list[count++] = nr * columns + nc;
                        }
                    }
                }
                neighbours[r * columns + c] = Arrays.copyOf(list, count);
            }
        }
        return neighbours;
    }
}
