package vn.dvc.assistant.admin;

import jakarta.enterprise.context.RequestScoped;

import vn.dvc.assistant.staff.StaffMember;

/** Who the admin request in progress comes from, as {@link AdminGuard} found it. */
@RequestScoped
public class CurrentStaff {

    private StaffMember member;

    void set(StaffMember member) {
        this.member = member;
    }

    public StaffMember member() {
        if (member == null) {
            throw new IllegalStateException("an admin request went past AdminGuard without a staff member");
        }
        return member;
    }

    public String username() {
        return member().username();
    }
}
