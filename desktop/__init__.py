"""Jamsos Desk: the desk app with which a BPJS Ketenagakerjaan partner organisation enrols its people."""

__version__ = "0.1.0"
APP_NAME = "Jamsos Desk"
