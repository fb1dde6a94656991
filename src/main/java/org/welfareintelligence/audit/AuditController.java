package org.welfareintelligence.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit log and its CSV export. */
@Controller
class AuditController {

    private static final int PAGE = 500;
    private static final int EXPORT_MAX = 100_000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String user, @RequestParam(required = false) String dataset,
                Model model) {
        model.addAttribute("events", log.recent(user, dataset, PAGE));
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("dataset", dataset == null ? "" : dataset);
        model.addAttribute("datasets", RestrictedDataset.values());
        return "admin/audit";
    }

    @GetMapping("/api/audit/export")
    ResponseEntity<String> export(@RequestParam(required = false) String user,
                                  @RequestParam(required = false) String dataset) {
        List<AuditEvent> events = log.recent(user, dataset, EXPORT_MAX);
        StringBuilder csv = new StringBuilder("id,at,username,roles,client_ip,method,dataset,path,parameters,status\n");
        for (AuditEvent e : events) {
            csv.append(e.id()).append(',').append(e.at()).append(',').append(field(e.username())).append(',')
                    .append(field(e.roles())).append(',').append(field(e.clientIp())).append(',')
                    .append(e.method()).append(',').append(e.dataset()).append(',').append(field(e.path()))
                    .append(',').append(field(e.parameters())).append(',').append(e.status()).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /** Quotes a field and neutralises spreadsheet formulas: user names and parameters come from outside. */
    private static String field(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
