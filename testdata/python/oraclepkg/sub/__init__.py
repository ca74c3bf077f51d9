from ..helper import H as H2
S = 'sub'
