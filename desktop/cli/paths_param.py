"""File and folder arguments that explain themselves in Indonesian.

click's own Path type answers "Invalid value for 'FILE': File '/tmp' is a directory." — English, in
a tool whose every other message is Indonesian. This type checks the same things and fails with a
message naming the file and what to do; the CLI exits 2 as for any other bad input.
"""
from __future__ import annotations

import os
from pathlib import Path

import click


class FileProblem(click.BadParameter):
    def format_message(self) -> str:
        return self.message

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"Kesalahan: {self.format_message()}", err=True)


class FilePath(click.Path):
    """click.Path with Indonesian messages (same arguments)."""

    def convert(self, value, param, ctx):  # noqa: ANN001, ANN201 - click's signature
        path = Path(os.fsdecode(value))
        if path.exists():
            if not self.dir_okay and path.is_dir():
                raise FileProblem(f"{path} adalah folder, bukan berkas. Sebutkan nama berkasnya, mis. "
                                  f"{path / 'data.xlsx'}.", ctx=ctx, param=param)
            if not self.file_okay and not path.is_dir():
                raise FileProblem(f"{path} adalah berkas, bukan folder. Sebutkan foldernya.", ctx=ctx, param=param)
            if self.readable and not os.access(path, os.R_OK):
                raise FileProblem(f"Berkas {path} tidak dapat dibaca (tanpa izin). Salin ke folder Anda atau "
                                  "periksa izinnya.", ctx=ctx, param=param)
        elif self.exists:
            raise FileProblem(f"{'Folder' if not self.file_okay else 'Berkas'} {path} tidak ditemukan. Periksa "
                              "nama dan letaknya.", ctx=ctx, param=param)
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            raise FileProblem(f"{path} tidak dapat dipakai ({exc.message}).", ctx=ctx, param=param) from exc
