"""Profile windows and editors: one generic profile base configured per entity.

The main window only needs `ProfileManager` (asfdesk.ui.profiles.manager).
"""
