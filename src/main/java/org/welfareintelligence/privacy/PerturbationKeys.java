package org.welfareintelligence.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One secret random key in [0, 1) per section and quantity, the same on every node and after every restart:
 * HMAC-SHA256 of the quantity and section under the installation's secret, which is created once and kept in
 * the database. Whoever does not know the secret cannot predict how a figure was rounded.
 */
@Component
public class PerturbationKeys {

    private final byte[] secret;

    PerturbationKeys(JdbcTemplate jdbc) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update("INSERT INTO perturbation_secret (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", fresh);
        this.secret = jdbc.queryForObject("SELECT secret FROM perturbation_secret WHERE id = 1", byte[].class);
    }

    /** The key of each section for one quantity (e.g. "demand:17:2011"). */
    public double[] keys(String quantity, long[] sectionIds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] name = quantity.getBytes(StandardCharsets.UTF_8);
            double[] keys = new double[sectionIds.length];
            ByteBuffer id = ByteBuffer.allocate(Long.BYTES);
            for (int i = 0; i < sectionIds.length; i++) {
                mac.update(name);
                mac.update(id.clear().putLong(sectionIds[i]).array());
                long bits = ByteBuffer.wrap(mac.doFinal()).getLong();
                keys[i] = (bits >>> 11) * 0x1.0p-53; // the top 53 bits as a uniform double in [0, 1)
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
