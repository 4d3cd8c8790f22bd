package org.ansoplatform.files.web;

import java.util.UUID;

import org.ansoplatform.files.store.BlobIntegrity;
import org.ansoplatform.files.store.IntegrityRun;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators start the integrity check of every stored object and, while moving to S3, the copy of the data
 * directory, then follow their counts and read the problems found (under {@code /admin}, so ADMIN only).
 */
@Controller
class IntegrityAdminController {

    static final String PAGE = "/admin/files/integrity";

    private final BlobIntegrity integrity;

    IntegrityAdminController(BlobIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping(PAGE)
    String runs(Model model) {
        model.addAttribute("runs", integrity.latest());
        model.addAttribute("store", integrity.storeKind());
        model.addAttribute("copyOffered", integrity.copyOffered());
        return "files/integrity";
    }

    @GetMapping(PAGE + "/{id}")
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", integrity.run(id).orElseThrow(() -> new NotFoundException("integrity run")));
        return "files/integrity-run";
    }

    /** The same run for scripts and monitoring: its counts, state and first problems. */
    @GetMapping(value = PAGE + "/{id}", produces = "application/json")
    @ResponseBody
    ResponseEntity<IntegrityRun> runJson(@PathVariable UUID id) {
        return ResponseEntity.of(integrity.run(id));
    }

    @PostMapping(PAGE + "/verify")
    String verify(RedirectAttributes redirect) {
        return started(redirect, IntegrityRun.Kind.VERIFY);
    }

    @PostMapping(PAGE + "/copy")
    String copy(RedirectAttributes redirect) {
        return started(redirect, IntegrityRun.Kind.COPY);
    }

    private String started(RedirectAttributes redirect, IntegrityRun.Kind kind) {
        try {
            UUID id = kind == IntegrityRun.Kind.VERIFY ? integrity.startVerify() : integrity.startCopy();
            redirect.addFlashAttribute("flashSuccess", "files.integrity.launched");
            return "redirect:" + PAGE + "/" + id;
        } catch (InvalidInputException refused) {
            Flash.refused(redirect, refused);
            return "redirect:" + PAGE;
        }
    }
}
