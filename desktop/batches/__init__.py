"""Registration batches for the Kantor Cabang: presets, lifecycle, check, export, the branch's answer."""
