"""Subcommands of the `asfdesk` command line. Each module has `register(subparsers)`."""

# Modules are imported lazily by asfdesk.cli so `asfdesk` (the GUI) starts fast.
COMMAND_MODULES = [
    "asfdesk.commands.db",
    "asfdesk.commands.demo",
    "asfdesk.commands.print_cmd",
    "asfdesk.commands.import_cmd",
    "asfdesk.commands.export_cmd",
    "asfdesk.commands.user_cmd",
    "asfdesk.commands.follow_ups_cmd",
    "asfdesk.commands.history_cmd",
    "asfdesk.commands.gdpr_cmd",
    "asfdesk.commands.access_log_cmd",
    "asfdesk.commands.report_cmd",
]
