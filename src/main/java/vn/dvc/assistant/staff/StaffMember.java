package vn.dvc.assistant.staff;

/** Who makes an admin request: a named staff member, or the automation holding ADMIN_TOKEN. */
public record StaffMember(String username, String displayName, Role role) {

    /** The bearer token acts as an administrator named "token" in the audit log. */
    public static final StaffMember AUTOMATION = new StaffMember("token", "ADMIN_TOKEN", Role.ADMIN);
}
