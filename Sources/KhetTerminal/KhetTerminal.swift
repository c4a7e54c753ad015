import CNcursesw
import KhetTUI
