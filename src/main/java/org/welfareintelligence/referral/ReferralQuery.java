package org.welfareintelligence.referral;

import java.util.Locale;

/**
 * A referral request parsed once: the place as a point, a neighbourhood code or a text, the service type, an
 * optional target group and how many centres to list.
 */
public record ReferralQuery(Double lon, Double lat, String nil, String text, String serviceType, String target,
                     int limit) {

    static final int MAX_LIMIT = 20;

    public static ReferralQuery parse(Double lon, Double lat, String nil, String q, String serviceType, String target,
                               Integer limit) {
        if (serviceType == null || serviceType.isBlank()) {
            throw new IllegalArgumentException("serviceType is required: see /api/service-types");
        }
        if ((lon == null) != (lat == null)) {
            throw new IllegalArgumentException((lon == null ? "lon" : "lat") + " is required with "
                    + (lon == null ? "lat" : "lon"));
        }
        if (lon != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("lat must be within -90..90 and lon within -180..180, got "
                    + lat + ", " + lon);
        }
        String code = blankToNull(nil);
        String text = blankToNull(q);
        int given = (lon == null ? 0 : 1) + (code == null ? 0 : 1) + (text == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give the place once: lon and lat, nil (a neighbourhood code) or q "
                    + "(a neighbourhood, area or facility name)");
        }
        if (text != null && (text.length() < 2 || text.length() > 100)) {
            throw new IllegalArgumentException("q must be 2-100 characters, got " + text.length());
        }
        int count = limit == null ? 5 : limit;
        if (count < 1 || count > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + count);
        }
        return new ReferralQuery(lon, lat, code, text, serviceType.trim().toUpperCase(Locale.ROOT),
                blankToNull(target), count);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
