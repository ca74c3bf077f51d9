LOADED = True
raise ValueError('broken on import')
