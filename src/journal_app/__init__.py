"""Journal app: an encrypted desktop journal for counsellors and therapists."""

__version__ = "0.1.0"
APP_NAME = "journal-app"
